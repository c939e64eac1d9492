using Wayfinder.Tests.Shared;

namespace Wayfinder.Symptoms.Tests;

public sealed class EngineTests
{
    private static readonly Questionnaire Questionnaire = Questionnaire.Load(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"));
    private readonly SelfCheckEngine engine = new(Questionnaire);

    [Fact]
    public void Each_symptom_links_to_the_section_of_its_guide_for_its_band()
    {
        var result = engine.Evaluate(new SelfCheckInput("en", new Dictionary<string, int> { ["pain"] = 5, ["nausea"] = 0 }, new Dictionary<string, bool>()),
            id => id == "pain" ? "/en/symptoms/pain" : id == "nausea" ? "/en/symptoms/nausea-and-vomiting" : null);

        Assert.Equal("/en/symptoms/pain#moderate", result.Symptoms.Single(s => s.Id == "pain").GuideUrl);
        Assert.Equal("/en/symptoms/nausea-and-vomiting", result.Symptoms.Single(s => s.Id == "nausea").GuideUrl);
    }

    [Theory]
    [InlineData("pain", 11, "scores.pain")]
    [InlineData("pain", -1, "scores.pain")]
    [InlineData("itchiness", 3, "scores.itchiness")]
    public void Out_of_range_scores_and_unknown_symptoms_are_named(string id, int score, string field)
    {
        var errors = engine.Validate(new SelfCheckInput("en", new Dictionary<string, int> { [id] = score }, new Dictionary<string, bool>()));

        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public void Unknown_red_flags_and_languages_are_named()
    {
        var errors = engine.Validate(new SelfCheckInput("de", new Dictionary<string, int> { ["pain"] = 1 }, new Dictionary<string, bool> { ["headache"] = true }));

        Assert.Equal(["lang", "redFlags.headache"], errors.Select(e => e.Field));
    }

    [Fact]
    public void The_form_requires_every_esas_r_item_and_every_red_flag_answer()
    {
        var errors = engine.Validate(new SelfCheckInput("en", new Dictionary<string, int> { ["pain"] = 1 }, new Dictionary<string, bool>()), requireAll: true);

        Assert.Equal(8 + Questionnaire.RedFlags.Count, errors.Count);
        Assert.Contains(errors, e => e.Field == "scores.wellbeing");
        Assert.DoesNotContain(errors, e => e.Field == "scores.flushing");
    }

    [Fact]
    public void An_empty_answer_is_refused()
    {
        var errors = engine.Validate(new SelfCheckInput("en", new Dictionary<string, int>(), new Dictionary<string, bool>()));

        Assert.Equal("scores", Assert.Single(errors).Field);
    }

    [Fact]
    public void A_questionnaire_whose_bands_leave_a_gap_is_refused_with_the_reason()
    {
        var yaml = File.ReadAllText(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"))
            .Replace("{ name: moderate, min: 4, max: 6", "{ name: moderate, min: 5, max: 6", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Questionnaire.Parse(yaml));

        Assert.Contains("score 4 must be in exactly one band", error.Message, StringComparison.Ordinal);
    }
}
