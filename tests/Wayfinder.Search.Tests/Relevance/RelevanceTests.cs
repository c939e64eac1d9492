using Wayfinder.Tests.Shared;
using Xunit.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wayfinder.Search.Tests.Relevance;

/// <summary>
/// Runs the relevance set (relevance.yaml) against the real content: every expectation must
/// hold, and the mean reciprocal rank must stay at or above 0.9. Metrics are printed; see them
/// with --logger "console;verbosity=detailed".
/// </summary>
[Collection(ContentIndexCollection.Name)]
public sealed class RelevanceTests(ContentIndexFixture fixture, ITestOutputHelper output)
{
    private static readonly IReadOnlyList<Case> Cases = Load();

    [Fact]
    public void The_set_has_at_least_sixty_queries_in_both_languages()
    {
        Assert.True(Cases.Count >= 60, $"only {Cases.Count} queries");
        Assert.Contains(Cases, c => c.Lang == "en");
        Assert.True(Cases.Count(c => c.Lang == "fr") >= 20, "fewer than 20 French queries");
        Assert.All(Cases, c => Assert.Contains(c.Must, new[] { "rank1", "top3" }));
    }

    [Fact]
    public void Every_expected_page_exists_in_the_content()
    {
        var urls = fixture.Documents.Select(d => d.Url).ToHashSet(StringComparer.Ordinal);
        var missing = Cases.Where(c => !urls.Contains(c.Url)).Select(c => $"{c.Q} → {c.Url}").ToList();
        Assert.True(missing.Count == 0, "expected pages not in the content:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_query_finds_its_page_where_expected_and_the_mean_reciprocal_rank_is_at_least_0_9()
    {
        var failures = new List<string>();
        double reciprocalRanks = 0;
        var inTop3 = 0;
        foreach (var c in Cases)
        {
            var urls = fixture.Urls(c.Q, c.Lang, audience: c.Audience);
            var rank = urls.ToList().IndexOf(c.Url) + 1;
            reciprocalRanks += rank > 0 ? 1.0 / rank : 0;
            inTop3 += rank is > 0 and <= 3 ? 1 : 0;
            var limit = c.Must == "rank1" ? 1 : 3;
            if (rank == 0 || rank > limit)
            {
                failures.Add($"[{c.Lang}] \"{c.Q}\" expected {c.Url} {c.Must}, was rank {(rank == 0 ? "none" : rank)}; got: {string.Join(", ", urls.Take(3))}");
            }
        }

        var mrr = reciprocalRanks / Cases.Count;
        var top3Rate = (double)inTop3 / Cases.Count;
        output.WriteLine($"queries: {Cases.Count} ({Cases.Count(c => c.Lang == "en")} en, {Cases.Count(c => c.Lang == "fr")} fr)");
        output.WriteLine($"mean reciprocal rank: {mrr:F3}");
        output.WriteLine($"top-3 rate: {top3Rate:P1}");
        failures.ForEach(output.WriteLine);
        Assert.True(failures.Count == 0, $"{failures.Count} expectations failed:\n" + string.Join('\n', failures));
        Assert.True(mrr >= 0.9, $"mean reciprocal rank {mrr:F3} is below 0.9");
    }

    private static List<Case> Load()
    {
        var path = Path.Combine(Repository.Root, "tests", "Wayfinder.Search.Tests", "Relevance", "relevance.yaml");
        return new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<List<Case>>(File.ReadAllText(path));
    }

    public sealed class Case
    {
        public string Q { get; set; } = "";
        public string Lang { get; set; } = "";
        public string Url { get; set; } = "";
        public string Must { get; set; } = "";
        public string? Audience { get; set; }
    }
}
