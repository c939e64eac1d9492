using Wayfinder.Content.Checking;
using Wayfinder.Content.Loading;

namespace Wayfinder.Content.Tests;

public sealed class ContentCheckerTests
{
    [Fact]
    public void An_english_page_without_a_french_translation_is_an_error()
    {
        using var content = new TestContent();
        content.Write("en/a.md", TestContent.Page("a", "en"));

        var error = Assert.Single(TestContent.Errors(content.Load()));

        Assert.Equal(Rules.Translation, error.Rule);
        Assert.Contains("no French translation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_french_page_that_translates_nothing_is_an_error()
    {
        using var content = new TestContent();
        content.Write("fr/a.md", TestContent.Page("a", "fr"));

        var error = Assert.Single(TestContent.Errors(content.Load()));

        Assert.Equal("'translation_of' names 'a', but no English item has that id", error.Message);
    }

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_is_an_error_on_its_line()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "See [this](/en/nowhere).");

        var error = Assert.Single(TestContent.Errors(content.Load()));

        Assert.Equal("en/a.md:18: error: link to /en/nowhere: no page has that address", error.ToString());
    }

    [Fact]
    public void A_link_to_a_planned_page_is_pending_not_an_error()
    {
        using var content = new TestContent();
        var site = Path.Combine(content.Root, "site.yaml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("planned_pages: []", "planned_pages: [/en/cancer-types/example/types]", StringComparison.Ordinal));
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "See [types](/en/cancer-types/example/types) and [more](/en/cancer-types/example/more).");

        var snapshot = content.Load();

        var pending = Assert.Single(snapshot.Diagnostics, d => d.Severity == Severity.Pending);
        Assert.Contains("/en/cancer-types/example/types", pending.Message, StringComparison.Ordinal);
        var error = Assert.Single(TestContent.Errors(snapshot));
        Assert.Contains("/en/cancer-types/example/more: no page has that address", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_existing_pages_and_their_anchors_pass()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "## Team {#team}\n\nSee [b](/en/b#part) and [team](#team).", extra: TestContent.FirstPublished)
            .WritePair("b", "en/b.md", "fr/b.md", enBody: "## Part {#part}\n\nText.", extra: TestContent.FirstPublished);

        Assert.Empty(content.Load().Diagnostics);
    }

    [Fact]
    public void A_page_without_a_what_changed_list_is_named_in_a_warning_and_still_served()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md")
            .WritePair("b", "en/b.md", "fr/b.md", extra: TestContent.FirstPublished);

        var snapshot = content.Load();

        var warnings = snapshot.Diagnostics.Where(d => d.Message.StartsWith("no 'changes:' list", StringComparison.Ordinal)).ToList();
        Assert.Equal(["en/a.md", "fr/a.md"], warnings.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(warnings, d =>
        {
            Assert.Equal(Severity.Warning, d.Severity);
            Assert.Equal(2, d.Line);
            Assert.False(d.BlocksServing);
            Assert.Contains("the day it was first published", d.Message, StringComparison.Ordinal);
        });
        Assert.NotNull(snapshot.FindByUrl("/en/a"));
        Assert.Empty(snapshot.FindByUrl("/en/a")!.Changes);
    }

    [Fact]
    public void A_link_to_a_missing_anchor_is_an_error()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "See [b](/en/b#nope) and [here](#gone).")
            .WritePair("b", "en/b.md", "fr/b.md");

        var errors = TestContent.Errors(content.Load()).Select(d => d.Message).ToList();

        Assert.Contains("link to /en/b#nope: en/b.md has no heading with anchor 'nope'", errors);
        Assert.Contains("link to #gone: no heading on this page has that anchor", errors);
    }

    [Fact]
    public void An_overdue_review_fails_check_but_does_not_stop_the_site_serving()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");

        var snapshot = content.Load(today: new DateOnly(2028, 1, 1));

        var overdue = TestContent.Errors(snapshot);
        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, d => Assert.Equal(Rules.ReviewOverdue, d.Rule));
        Assert.All(overdue, d => Assert.Contains("review is overdue: 'next_review' was 2027-11-01", d.Message, StringComparison.Ordinal));
        Assert.True(snapshot.CanServe);
    }

    [Fact]
    public void A_next_review_before_the_last_review_is_an_error()
    {
        using var content = new TestContent();
        content.Write("en/a.md", TestContent.Page("a", "en", reviewed: "2026-11-01", nextReview: "2026-10-01"))
            .Write("fr/a.md", TestContent.Page("a", "fr"));

        Assert.Contains(TestContent.Errors(content.Load()), d => d.Message == "'next_review' must be after 'reviewed'");
    }

    [Fact]
    public void A_relative_link_is_an_error_because_it_breaks_when_pages_move()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "See [b](b).");

        Assert.Contains(TestContent.Errors(content.Load()), d => d.Message.Contains("write internal links as site paths", StringComparison.Ordinal));
    }

    [Fact]
    public void A_navigation_link_in_the_site_settings_must_lead_to_a_page()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        var site = Path.Combine(content.Root, "site.yaml");
        File.Copy(Path.Combine(TestContent.RepositoryRoot, "content", "site.yaml"), site, overwrite: true);
        File.WriteAllText(site, File.ReadAllText(site).Replace("href: /en/palliative-care", "href: /en/palliative-cair", StringComparison.Ordinal));

        var errors = TestContent.Errors(content.Load());

        Assert.Contains(errors, d => d.Path == "site.yaml" && d.Message == "link to /en/palliative-cair: no page has that address");
    }
}

/// <summary>The questionnaire is part of the snapshot, checked with the pages it points to.</summary>
public sealed class QuestionnaireContentTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "wayfinder-questionnaire-" + Guid.NewGuid().ToString("N"));

    public QuestionnaireContentTests()
    {
        var shipped = Path.Combine(TestContent.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private ContentSnapshot Load() => new ContentLoader { EditorialChecks = false }.Load(root);

    [Fact]
    public void The_shipped_questionnaire_is_in_the_snapshot_bound_to_its_triage_model()
    {
        var snapshot = Load();

        var questionnaire = snapshot.Questionnaires["esas-r"];
        Assert.Same(snapshot.Triage, questionnaire.Triage);
        Assert.Contains(questionnaire.Items, i => i.Id == "flushing");
    }

    [Fact]
    public void A_symptom_guide_for_a_symptom_the_self_check_does_not_ask_about_is_an_error_on_load()
    {
        var file = Path.Combine(root, "en", "symptoms", "pain.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("symptom: pain", "symptom: itching", StringComparison.Ordinal));

        var snapshot = Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("en/symptoms/pain.md", error.Path);
        Assert.Contains("'symptom' must be one of the self-check's symptoms", error.Message, StringComparison.Ordinal);
        Assert.False(snapshot.CanServe);
    }

    [Fact]
    public void A_drug_sheet_used_for_a_cancer_type_with_no_hub_is_an_error_that_names_it()
    {
        var file = Path.Combine(root, "fr", "medicaments", "octreotide.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("cancer_types: [neuroendocrine-tumours]", "cancer_types: [no-such-cancer]", StringComparison.Ordinal));

        var snapshot = Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("fr/medicaments/octreotide.md", error.Path);
        Assert.Contains("'no-such-cancer' is not the id of a cancer-type hub in content/fr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_questionnaire_is_an_error_that_names_its_file_and_the_snapshot_is_not_served()
    {
        File.WriteAllText(Path.Combine(root, "questionnaires", "esas-r.yaml"), "items: [unclosed\n");

        var snapshot = Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Severity == Severity.Error && d.Path == "questionnaires/esas-r.yaml");
        Assert.False(snapshot.CanServe);
    }

    [Fact]
    public void A_broken_synonym_map_is_an_error_on_its_line_and_the_snapshot_is_not_served()
    {
        File.AppendAllText(Path.Combine(root, "search", "synonyms.yaml"), "\nsurprise: [a, b]\n");

        var snapshot = Load();

        var error = Assert.Single(snapshot.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("search/synonyms.yaml", error.Path);
        Assert.Contains("surprise", error.Message, StringComparison.Ordinal);
        Assert.False(snapshot.CanServe);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
