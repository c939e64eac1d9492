using Wayfinder.Content.Questionnaires;
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

    [Fact]
    public void A_french_result_links_to_the_french_anchor_of_the_band()
    {
        var result = engine.Evaluate(new SelfCheckInput("fr", new Dictionary<string, int> { ["pain"] = 8 }, new Dictionary<string, bool>()),
            id => id == "pain" ? "/fr/symptomes/douleur" : null);

        Assert.Equal("/fr/symptomes/douleur#grave", result.Symptoms.Single(s => s.Id == "pain").GuideUrl);
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
    public void The_form_requires_every_esas_r_item_when_no_danger_sign_is_ticked()
    {
        var errors = engine.Validate(new SelfCheckInput("en", new Dictionary<string, int> { ["pain"] = 1 }, new Dictionary<string, bool> { ["fever"] = false }), requireAll: true);

        Assert.Equal(8, errors.Count);
        Assert.Contains(errors, e => e.Field == "scores.wellbeing");
        Assert.DoesNotContain(errors, e => e.Field == "scores.flushing");
    }

    [Fact]
    public void A_ticked_danger_sign_is_answered_even_when_every_score_is_missing()
    {
        var input = new SelfCheckInput("en", new Dictionary<string, int>(), new Dictionary<string, bool> { ["fever"] = true });

        Assert.Empty(engine.Validate(input, requireAll: true));
        var result = engine.Evaluate(input, id => $"/en/{id}");
        Assert.Equal("urgent", result.UrgencyName);
        Assert.Equal("/en/symptom-fever-and-infection#severe", Assert.Single(result.RedFlags).GuideUrl);
    }

    [Fact]
    public void Thoughts_of_suicide_lead_with_988_and_a_plan_leads_to_911()
    {
        var thoughts = engine.Evaluate(new SelfCheckInput("en", new Dictionary<string, int>(), new Dictionary<string, bool> { ["suicidal-thoughts"] = true }), _ => null);
        var plan = engine.Evaluate(new SelfCheckInput("en", new Dictionary<string, int>(), new Dictionary<string, bool> { ["suicidal-thoughts"] = true, ["suicide-plan"] = true }), _ => null);

        Assert.Equal("urgent", thoughts.UrgencyName);
        Assert.StartsWith("Call or text 988", thoughts.SignAction, StringComparison.Ordinal);
        Assert.Equal("emergency", plan.UrgencyName);
        Assert.Null(plan.SignAction);
        Assert.Contains("911", Questionnaire.Advice(plan.Urgency).Action["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_danger_sign_of_the_self_check_is_a_sign_of_the_triage_model_with_its_level()
    {
        Assert.NotEmpty(Questionnaire.RedFlags);
        Assert.All(Questionnaire.RedFlags, flag => Assert.Equal(Questionnaire.Triage.Find(flag.Id)!.Value, flag.Urgency));
    }

    [Fact]
    public void A_questionnaire_that_asks_about_a_sign_the_triage_model_lacks_is_refused_with_its_name()
    {
        var yaml = File.ReadAllText(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"))
            .Replace("  - chest-pain\n", "  - chest-pain\n  - headache\n", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Questionnaire.Parse(yaml, Questionnaire.Triage));

        Assert.Contains("red_flags: 'headache' is not a danger sign", error.Message, StringComparison.Ordinal);
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

        var error = Assert.Throws<InvalidDataException>(() => Questionnaire.Parse(yaml, Questionnaire.Triage));

        Assert.Contains("score 4 must be in exactly one band", error.Message, StringComparison.Ordinal);
    }
}
