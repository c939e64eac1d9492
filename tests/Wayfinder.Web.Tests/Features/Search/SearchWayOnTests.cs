using System.Net;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Search;

/// <summary>Search never ends in a dead end: tools are found by name, nothing found still leads on.</summary>
public sealed class SearchWayOnTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/search?q=clinical%20trials", "/en/clinical-trials")]
    [InlineData("/fr/recherche?q=essais%20cliniques", "/fr/essais-cliniques")]
    [InlineData("/en/search?q=symptom%20checker", "/en/self-check")]
    [InlineData("/en/search?q=fever%2038.5", "/en/symptoms/fever-and-infection")]
    [InlineData("/fr/recherche?q=fi%C3%A8vre%2038%2C5", "/fr/symptomes/fievre-et-infection")]
    [InlineData("/en/search?q=my%20mother%20has%20a%20fever", "/en/symptoms/fever-and-infection")]
    public async Task Tools_numbers_and_everyday_phrasing_find_the_right_page_first(string path, string expected)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, document.QuerySelector(".wf-result__title a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/en/search?q=zzqxwv", "/en/symptoms", "/en/self-check", "911")]
    [InlineData("/fr/recherche?q=zzqxwv", "/fr/symptomes", "/fr/auto-evaluation", "911")]
    public async Task A_search_that_finds_nothing_offers_the_guides_the_self_check_and_urgent_help(string path, string guides, string selfCheck, string emergency)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var help = document.QuerySelector(".wf-no-results")!;
        Assert.NotNull(help.QuerySelector($"a[href='{guides}']"));
        Assert.NotNull(help.QuerySelector($"a[href='{selfCheck}']"));
        Assert.Contains(emergency, help.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/search?q=zzqxwv", "en")]
    [InlineData("/fr/recherche?q=zzqxwv", "fr")]
    public async Task Who_to_call_when_nothing_is_found_is_the_triage_model_word_for_word(string path, string lang)
    {
        var triage = Wayfinder.Content.Triage.TriageModel.Parse("triage.yaml", File.ReadAllText(Path.Combine(Repository.Content, "triage.yaml"))).Model!;

        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var shown = document.QuerySelectorAll(".wf-no-results__levels li").Select(li => li.TextContent).ToList();
        var expected = triage.Contacts.Select(l => l.LabelWithColon(lang) + " " + l.Contact[lang]).ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, shown);
    }

    [Theory]
    [InlineData("/en/search?q=glossary&type=tool", "1 result matches \"glossary\".")]
    [InlineData("/fr/recherche?q=glossaire&type=tool", "1 résultat correspond à «\u00a0glossaire\u00a0».")]
    public async Task One_result_is_counted_in_the_singular(string path, string count)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(count, document.QuerySelector(".wf-results-count")!.TextContent);
    }

    [Theory]
    [InlineData("/en/search?q=neuroendocrine")]
    [InlineData("/fr/recherche?q=neuroendocrine")]
    public async Task Results_come_before_the_filters_and_every_filter_has_its_own_name(string path)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var results = document.QuerySelector(".wf-search-results")!;
        var facets = document.QuerySelector(".wf-facets")!;
        Assert.True(results.CompareDocumentPosition(facets).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "the filters come after the results");
        var labels = facets.QuerySelectorAll("#facet-type-title + ul a").Select(a => a.ChildNodes[0].TextContent.Trim()).ToList();
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain(labels, l => labels.Any(other => other != l && other.Contains(l, StringComparison.OrdinalIgnoreCase)));
    }
}
