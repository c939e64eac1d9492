using Wayfinder.Content.Markdown;
using Wayfinder.Content.Triage;

namespace Wayfinder.Content.Tests;

/// <summary>The triage model (content/triage.yaml), and how pages are held to it.</summary>
public sealed class TriageTests
{
    private static readonly TriageModel Shipped = TriageModel.Parse("triage.yaml", File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "content", "triage.yaml"))).Model!;
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void The_shipped_model_has_six_levels_and_every_sign_in_both_languages_with_a_source()
    {
        var (model, diagnostics) = TriageModel.Parse("triage.yaml", File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "content", "triage.yaml")));

        Assert.Empty(diagnostics.Select(d => d.ToString()));
        Assert.Equal(Urgency.Names.Reverse(), model!.Levels.Select(l => l.Id));
        Assert.All(model.Signs, s => Assert.NotEmpty(s.Sources));
        Assert.Equal("urgent", model.Find("fever")!.Level);
        Assert.Contains("988", model.Find("suicidal-thoughts")!.Action["en"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sign_at_a_level_that_does_not_exist_is_named_with_its_line()
    {
        var yaml = File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "content", "triage.yaml"))
            .Replace("  - id: jaundice\n    level: today", "  - id: jaundice\n    level: tomorrow", StringComparison.Ordinal);
        var line = yaml.Split('\n').ToList().FindIndex(l => l.Contains("id: jaundice", StringComparison.Ordinal)) + 1;

        var (model, diagnostics) = TriageModel.Parse("triage.yaml", yaml);

        Assert.Null(model);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("triage.yaml", line), (error.Path, error.Line));
        Assert.Contains("level 'tomorrow'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sign_without_its_french_message_or_with_an_unknown_source_is_refused()
    {
        var yaml = File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "content", "triage.yaml"))
            .Replace("    sources: [ccso-symptom-guides]\n    text:\n      en: yellow skin", "    sources: [rumour]\n    text:\n      en: yellow skin", StringComparison.Ordinal);

        var (_, diagnostics) = TriageModel.Parse("triage.yaml", yaml);

        Assert.Contains(diagnostics, d => d.Message == "signs.jaundice: source 'rumour' is not in 'sources'");
    }

    [Fact]
    public void An_emergency_level_without_its_french_contact_is_refused_with_its_line()
    {
        var yaml = File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "content", "triage.yaml"))
            .Replace("      fr: \"Composez le 911 ou allez au service des urgences le plus proche maintenant.\"\n", "", StringComparison.Ordinal);

        var (model, diagnostics) = TriageModel.Parse("triage.yaml", yaml);

        Assert.Null(model);
        var error = Assert.Single(diagnostics);
        Assert.StartsWith("levels.emergency: the 'fr' contact is missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(yaml.Split('\n').ToList().IndexOf("  - id: emergency") + 1, error.Line);
    }

    [Fact]
    public void A_contact_that_sends_people_to_another_number_than_its_level_is_refused()
    {
        var yaml = File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "content", "triage.yaml"))
            .Replace("      en: \"Call 911 or go to the nearest emergency department now.\"\n", "      en: \"Call Health811 (811) now.\"\n", StringComparison.Ordinal);

        var (model, diagnostics) = TriageModel.Parse("triage.yaml", yaml);

        Assert.Null(model);
        Assert.Equal("levels.emergency: the 'en' contact names 811 but the action names 911", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Who_to_call_is_listed_most_urgent_first_and_names_911_and_health811()
    {
        var contacts = Shipped.Contacts.ToList();

        Assert.Equal(["emergency", "urgent", "today"], contacts.Select(l => l.Id));
        Assert.Contains("911", contacts[0].Contact["en"], StringComparison.Ordinal);
        Assert.Contains("911", contacts[0].Contact["fr"], StringComparison.Ordinal);
        Assert.Contains("Health811", contacts[2].Contact["en"], StringComparison.Ordinal);
        Assert.Contains("Santé811", contacts[2].Contact["fr"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_triage_file_that_is_not_yaml_gets_a_line_and_no_exception()
    {
        var (model, diagnostics) = TriageModel.Parse("triage.yaml", "levels:\n  - id: emergency\n    label: { en: \"Emergency\n");

        Assert.Null(model);
        Assert.StartsWith("triage.yaml:", Assert.Single(diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_danger_signs_block_shows_one_card_per_level_most_urgent_first_in_the_catalogue_words()
    {
        var html = renderer.Render(":::danger-signs jaundice fever chest-pain\n:::\n", "en", triage: Shipped).Html;

        var emergency = html.IndexOf("wf-card--emergency", StringComparison.Ordinal);
        var urgent = html.IndexOf("wf-card--urgent", StringComparison.Ordinal);
        var today = html.IndexOf("wf-card--today", StringComparison.Ordinal);
        Assert.True(emergency >= 0 && emergency < urgent && urgent < today, html);
        Assert.Contains("Urgent:</span> Call your care team's 24-hour line now, day or night, if you have:", html.Replace("&#39;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"<li class=\"wf-sign wf-sign--fever\">{Shipped.Find("fever")!.Text["en"]}</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_french_danger_signs_block_reads_in_french()
    {
        var html = renderer.Render(":::danger-signs fever\n:::\n", "fr", triage: Shipped).Html;

        Assert.Contains("Urgent&nbsp;:</span> Appelez maintenant la ligne 24 heures", html, StringComparison.Ordinal);
        Assert.Contains("fièvre", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sign_that_leads_with_its_own_action_says_it_in_the_card()
    {
        var html = renderer.Render(":::danger-signs suicidal-thoughts\n:::\n", "en", triage: Shipped).Html;

        Assert.Contains("<p class=\"wf-sign-action\">Call or text 988", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_card_takes_its_heading_from_its_level()
    {
        var html = renderer.Render(":::today\n- a new rash\n:::\n", "en", triage: Shipped).Html;

        Assert.Contains("Today:</span> Call your care team today if you have:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_refuses_a_hand_written_card_that_lists_a_catalogued_sign_at_another_level()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md",
            enBody: "Text.\n\n:::today\n- a rash\n- a fever of 38.3 °C\n:::\n",
            frBody: "Texte.\n\n:::urgent\n- de la fièvre\n:::\n");

        var errors = TestContent.Errors(content.Load());

        var error = Assert.Single(errors);
        Assert.Equal("en/a.md", error.Path);
        Assert.Contains("level 'today' but mentions the danger sign 'fever' (urgent)", error.Message, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllLines(Path.Combine(content.Root, "en", "a.md")).ToList().FindIndex(l => l.Contains("fever", StringComparison.Ordinal)) + 1, error.Line);
    }

    [Fact]
    public void Check_refuses_an_unknown_sign_a_block_with_text_and_a_titled_urgency_card()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md",
            enBody: ":::danger-signs fever headache\n:::\n\n:::danger-signs chest-pain\nMore words.\n:::\n\n:::today Call us today if:\n- a rash\n:::\n");

        var messages = TestContent.Errors(content.Load()).Select(d => d.Message).ToList();

        Assert.Contains(messages, m => m.StartsWith("danger sign 'headache' is not in triage.yaml", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("':::danger-signs' takes no text of its own", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("the heading of a ':::today' card comes from the triage model", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_refuses_a_drug_side_effect_row_that_puts_a_fever_below_urgent_and_names_its_line()
    {
        var text = File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "schemas", "drug", "examples", "valid-example-drug.md"))
            .Replace("  - effect: Tiredness\n    frequency: common\n    what_to_do: Rest when you need to.\n    urgency: self-care",
                "  - effect: Fever or chills\n    frequency: common\n    what_to_do: Check your temperature.\n    urgency: today", StringComparison.Ordinal);
        var diagnostics = new List<Checking.Diagnostic>();

        new Loading.ContentLoader().LoadFile("en/drugs/exampleumab.md", text, "en", diagnostics, Shipped);

        var error = Assert.Single(diagnostics);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("Fever or chills", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains("side effect 'Fever or chills' is at level 'today' but mentions the danger sign 'fever' (urgent)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_folder_without_a_triage_model_cannot_be_served()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        File.Delete(Path.Combine(content.Root, "triage.yaml"));

        var snapshot = content.Load();

        Assert.False(snapshot.CanServe);
        Assert.Contains(TestContent.Errors(snapshot), d => d.Path == "triage.yaml");
    }

    [Fact]
    public void The_card_labels_of_the_markdown_renderer_are_the_labels_of_the_model()
    {
        foreach (var level in Shipped.Levels)
        {
            Assert.Equal(level.LabelWithColon("en"), Callouts.LabelWithColon(level.Id, "en"));
            Assert.Equal(level.LabelWithColon("fr"), Callouts.LabelWithColon(level.Id, "fr"));
        }
    }
}
