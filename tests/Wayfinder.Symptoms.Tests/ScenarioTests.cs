using Wayfinder.Content.Questionnaires;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wayfinder.Content.Triage;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Symptoms.Tests;

/// <summary>
/// Clinical vignettes (house style, after HL7 SDC renderers): each folder in Scenarios/ holds a
/// person's situation and answers (input.json) and the advice a clinician would give, with the
/// source it rests on (expected.json). The engine may advise more urgently than the vignette
/// (over-triage, counted and reported in docs/triage.md) but never less urgently.
/// </summary>
public sealed partial class ScenarioTests
{
    private static readonly Questionnaire Questionnaire = Questionnaire.Load(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"));
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "Wayfinder.Symptoms.Tests", "Scenarios");

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_vignette_is_never_advised_less_urgently_than_a_clinician_would(string scenario)
    {
        var (input, expected, result) = Run(scenario);

        Assert.True(result.Urgency >= Urgency.Parse(expected.Urgency),
            $"under-triage: '{input.Vignette}' should be at least '{expected.Urgency}' ({expected.Source}) but the self-check says '{result.UrgencyName}'");
        Assert.Equal(expected.Symptoms.Select(s => (s.Id, s.Score, s.Band)), result.Symptoms.Select(s => (s.Id, s.Score, s.Band)));
        Assert.Equal(expected.RedFlags.Order(StringComparer.Ordinal), result.RedFlags.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_emergency_vignette_is_ever_under_triaged()
    {
        var emergencies = Names().Select(Run).Where(r => r.Expected.Urgency == "emergency").ToList();

        Assert.True(emergencies.Count >= 12, "every emergency sign needs a vignette");
        Assert.All(emergencies, r => Assert.Equal(UrgencyLevel.Emergency, r.Result.Urgency));
    }

    [Fact]
    public void The_vignettes_cover_every_danger_sign_every_band_of_every_symptom_and_both_languages_with_sources()
    {
        var names = Names().ToHashSet();

        Assert.True(names.Count >= 80, $"at least 80 vignettes, found {names.Count}");
        Assert.All(Questionnaire.RedFlags, flag => Assert.Contains($"red-flag-{flag.Id}", names));
        Assert.All(Questionnaire.Items.SelectMany(i => Questionnaire.Bands.Select(b => $"band-{i.Id}-{b.Name}")), name => Assert.Contains(name, names));
        Assert.All(new[] { 0, 1, 3, 4, 6, 7, 10 }, score => Assert.Contains($"band-edge-pain-{score}", names));
        var runs = names.Select(Run).ToList();
        Assert.Contains(runs, r => r.Input.Lang == "en");
        Assert.Contains(runs, r => r.Input.Lang == "fr");
        Assert.All(runs, r => Assert.Matches("https://", r.Expected.Source));
        Assert.All(runs, r => Assert.False(string.IsNullOrWhiteSpace(r.Input.Vignette)));
    }

    [Fact]
    public void The_over_triage_rate_in_the_documentation_is_the_one_the_vignettes_give()
    {
        var runs = Names().Select(Run).ToList();
        var over = runs.Count(r => r.Result.Urgency > Urgency.Parse(r.Expected.Urgency));
        var documented = OverTriage().Match(File.ReadAllText(Path.Combine(Repository.Root, "docs", "triage.md")));

        Assert.True(documented.Success, "docs/triage.md should state 'over-triage: N of M vignettes'");
        Assert.Equal((over, runs.Count), (int.Parse(documented.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(documented.Groups[2].Value, CultureInfo.InvariantCulture)));
    }

    private static IEnumerable<string> Names() => Directory.GetDirectories(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static (InputDocument Input, ExpectedDocument Expected, SelfCheckResult Result) Run(string scenario)
    {
        var folder = Path.Combine(Folder, scenario);
        var input = JsonSerializer.Deserialize<InputDocument>(File.ReadAllText(Path.Combine(folder, "input.json")), Json)!;
        var expected = JsonSerializer.Deserialize<ExpectedDocument>(File.ReadAllText(Path.Combine(folder, "expected.json")), Json)!;
        var result = new SelfCheckEngine(Questionnaire).Evaluate(new SelfCheckInput(input.Lang, input.Scores, input.RedFlags), id => $"/guides/{id}");
        return (input, expected, result);
    }

    [GeneratedRegex(@"over-triage: (\d+) of (\d+) vignettes")]
    private static partial Regex OverTriage();

    private sealed record InputDocument(string Vignette, string Lang, Dictionary<string, int> Scores, Dictionary<string, bool> RedFlags);

    private sealed record ExpectedDocument(string Urgency, string Source, string Rationale, List<ExpectedSymptom> Symptoms, List<string> RedFlags);

    private sealed record ExpectedSymptom(string Id, int Score, string Band);
}
