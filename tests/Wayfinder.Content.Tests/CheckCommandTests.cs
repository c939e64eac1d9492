namespace Wayfinder.Content.Tests;

/// <summary>The <c>check</c> verb as an editor runs it: a real process, its output and exit code.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void Check_passes_on_the_shipped_content_with_nothing_left_pending()
    {
        var (exit, output) = RunCheck(Path.Combine(TestContent.RepositoryRoot, "content"), "2026-12-04");

        Assert.Equal(0, exit);
        Assert.Contains(" 0 errors", output, StringComparison.Ordinal);
        Assert.Contains(" 0 pending links", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_prints_path_line_message_and_exits_non_zero_on_errors()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "See [this](/en/nowhere).")
            .Write("fr/b.md", "no front matter");

        var (exit, output) = RunCheck(content.Root, "2026-11-24");

        Assert.Equal(1, exit);
        Assert.Matches(@"(?m)^\S*en/a\.md:18: error: link to /en/nowhere: no page has that address$", output);
        Assert.Matches(@"(?m)^\S*fr/b\.md:1: error: the file must start with YAML front matter", output);
    }

    [Fact]
    public void Check_reports_an_overdue_review_as_an_error()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");

        var (exit, output) = RunCheck(content.Root, "2028-01-01");

        Assert.Equal(1, exit);
        Assert.Contains("error: review is overdue", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_rejects_a_badly_written_date_option()
    {
        var (exit, output) = RunCheck(Path.Combine(TestContent.RepositoryRoot, "content"), "24/11/2026");

        Assert.NotEqual(0, exit);
        Assert.Contains("--today must be a date written YYYY-MM-DD", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_links_reports_every_external_address_with_its_organisation_and_last_check()
    {
        var (exit, output) = RunCheck(Path.Combine(TestContent.RepositoryRoot, "content"), "2026-12-04", "--links");

        Assert.Equal(0, exit);
        Assert.Contains("External links", output, StringComparison.Ordinal);
        Assert.Matches(@"https://health811\.ontario\.ca\s*\|\s*Health811\s*\|\s*\d+\s*\|\s*2026-11-24", output);
    }

    [Fact]
    public void Check_readability_reports_the_reading_level_of_patient_pages()
    {
        var (exit, output) = RunCheck(Path.Combine(TestContent.RepositoryRoot, "content"), "2026-12-04", "--readability");

        Assert.Equal(0, exit);
        Assert.Contains("Flesch-Kincaid", output, StringComparison.Ordinal);
        Assert.Contains("Kandel-Moles", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fails_a_patient_page_with_an_unexplained_abbreviation()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "Ask about the QXZ test.");

        var (exit, output) = RunCheck(content.Root, "2026-11-24");

        Assert.Equal(1, exit);
        Assert.Matches(@"(?m)en/a\.md:18: error: abbreviation 'QXZ' is not explained", output);
    }

    [Fact]
    public void Check_report_lists_reviews_falling_due_drafts_and_broken_links()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "See [this](/en/nowhere).");

        var now = RunCheck(content.Root, "2026-11-24", "--report");
        var soon = RunCheck(content.Root, "2027-10-01", "--report");

        Assert.Matches(@"(?m)^Review due in the next 60 days \(0\):", now.Output);
        Assert.Matches(@"(?m)^Review due in the next 60 days \(2\):\n  2027-11-01  /en/a ", soon.Output.ReplaceLineEndings("\n"));
        Assert.Matches(@"(?m)^Drafts not yet reviewed by a clinician \(2\):\n  /en/a ", soon.Output.ReplaceLineEndings("\n"));
        Assert.Matches(@"(?m)^Broken links \(1\):\n  \S*en/a\.md:\d+: error: link to /en/nowhere", soon.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_names_the_line_of_a_broken_search_synonym_map()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md")
            .Write("search/synonyms.yaml", "variants:\n  - [tumour, tumor]\nsynonyms:\n  en:\n    - [fatigue]\n");

        var (exit, output) = RunCheck(content.Root, "2026-11-24");

        Assert.Equal(1, exit);
        Assert.Matches(@"(?m)search/synonyms\.yaml:5: error: .*at least two entries", output);
    }

    private static (int Exit, string Output) RunCheck(string contentRoot, string today, params string[] extra) =>
        WayfinderCli.Run(contentRoot, ["check", "--content", contentRoot, "--today", today, .. extra]);
}
