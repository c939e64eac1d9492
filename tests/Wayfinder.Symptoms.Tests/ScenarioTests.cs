using System.Text.Json;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Symptoms.Tests;

/// <summary>
/// Data-driven scenarios of the self-check engine (house style, after HL7 SDC renderers): each
/// folder in Scenarios/ holds what a person answered and what the result must be.
/// </summary>
public sealed class ScenarioTests
{
    private static readonly Questionnaire Questionnaire = Questionnaire.Load(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"));
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Scenarios")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_scenario_gives_its_expected_urgency_bands_and_red_flags(string scenario)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Scenarios", scenario);
        var input = JsonSerializer.Deserialize<InputDocument>(File.ReadAllText(Path.Combine(folder, "input.json")), Json)!;
        var expected = JsonSerializer.Deserialize<ExpectedDocument>(File.ReadAllText(Path.Combine(folder, "expected.json")), Json)!;

        var result = new SelfCheckEngine(Questionnaire).Evaluate(
            new SelfCheckInput(input.Lang, input.Scores, input.RedFlags), id => $"/guides/{id}");

        Assert.Equal(expected.Urgency, result.UrgencyName);
        Assert.Equal(expected.Symptoms.Select(s => (s.Id, s.Score, s.Band)), result.Symptoms.Select(s => (s.Id, s.Score, s.Band)));
        Assert.Equal(expected.RedFlags, result.RedFlags.Select(f => f.Id));
    }

    [Fact]
    public void There_is_a_scenario_for_every_band_edge_and_every_red_flag()
    {
        var names = Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Scenarios")).Select(Path.GetFileName).ToHashSet();

        Assert.All(new[] { 0, 1, 3, 4, 6, 7, 10 }, score => Assert.Contains($"band-edge-pain-{score}", names));
        Assert.All(Questionnaire.RedFlags, flag => Assert.Contains($"red-flag-{flag.Id}", names));
    }

    private sealed record InputDocument(string Lang, Dictionary<string, int> Scores, Dictionary<string, bool> RedFlags);

    private sealed record ExpectedDocument(string Urgency, List<ExpectedSymptom> Symptoms, List<string> RedFlags);

    private sealed record ExpectedSymptom(string Id, int Score, string Band);
}
