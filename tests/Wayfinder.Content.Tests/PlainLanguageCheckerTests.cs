using Wayfinder.Content.Checking;

namespace Wayfinder.Content.Tests;

public sealed class PlainLanguageCheckerTests
{
    private static IReadOnlyList<Diagnostic> PlainLanguage(Loading.ContentSnapshot snapshot) =>
        snapshot.Diagnostics.Where(d => d.Rule == Rules.PlainLanguage).ToList();

    [Fact]
    public void A_sentence_over_thirty_words_is_an_error_on_its_line()
    {
        using var content = new TestContent();
        var longSentence = string.Join(' ', Enumerable.Repeat("word", 31)) + ".";
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "Short one.\n\n" + longSentence);

        var error = Assert.Single(PlainLanguage(content.Load()));

        Assert.Equal(20, error.Line);
        Assert.StartsWith("sentence of 31 words (at most 30)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_abbreviation_must_be_expanded_on_first_use_or_be_in_the_glossary()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "You may have an MRI. Then a CT. Computed tomography (CT) is fast.")
            .Write("en/glossary/mri.md", Glossary("mri", "en", "MRI"))
            .Write("fr/glossaire/mri.md", Glossary("mri", "fr", "IRM"));

        var errors = PlainLanguage(content.Load()).Select(d => d.Message).ToList();

        Assert.Equal(["abbreviation 'CT' is not explained: expand it on first use, as in \"words (CT)\", or add it to the glossary"], errors);
    }

    [Fact]
    public void Explained_abbreviations_and_their_plurals_pass()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md",
            enBody: "Neuroendocrine tumours (NETs) are rare. A NET can grow slowly. PET (positron emission tomography) helps.",
            frBody: "Les tumeurs neuroendocrines (TNE) sont rares. Une TNE pousse souvent lentement.");

        Assert.Empty(PlainLanguage(content.Load()));
    }

    [Fact]
    public void A_hyphenated_abbreviation_is_one_abbreviation_and_a_known_one_may_join_a_word()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md",
            enBody: "The Edmonton Symptom Assessment System-revised (ESAS-r) is a form. The ESAS-r is short. "
                + "Computed tomography (CT) helps. A CT-guided biopsy is common. The XYZ-based test is not explained.");

        var errors = PlainLanguage(content.Load()).Select(d => d.Message).ToList();

        Assert.Equal(["abbreviation 'XYZ-based' is not explained: expand it on first use, as in \"words (XYZ-based)\", or add it to the glossary"], errors);
    }

    [Fact]
    public void A_page_that_is_too_hard_to_read_fails_and_lists_its_hardest_sentences()
    {
        using var content = new TestContent();
        const string Hard = "Pharmacological immunomodulatory interventions necessitate comprehensive interdisciplinary evaluation. "
            + "Radiopharmaceutical administration requires individualized dosimetric considerations. "
            + "Gastroenteropancreatic neoplasms demonstrate considerable heterogeneity.";
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: string.Join("\n\n", Enumerable.Repeat(Hard, 4)));

        var diagnostics = PlainLanguage(content.Load());

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("too hard to read for a patient page: Flesch-Kincaid grade", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, diagnostics.Count(d => d.Severity == Severity.Warning && d.Message.StartsWith("hard sentence:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Provider_pages_are_not_held_to_the_patient_reading_level()
    {
        using var content = new TestContent();
        var hard = string.Concat(Enumerable.Repeat("Pharmacological immunomodulatory interventions necessitate comprehensive interdisciplinary evaluation. ", 10));
        content.Write("en/a.md", TestContent.Page("a", "en", hard).Replace("audience: all", "audience: provider", StringComparison.Ordinal))
            .Write("fr/a.md", TestContent.Page("a", "fr").Replace("audience: all", "audience: provider", StringComparison.Ordinal));

        Assert.Empty(PlainLanguage(content.Load()));
    }

    [Fact]
    public void Plain_language_problems_fail_check_but_do_not_stop_the_site()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "An unexplained XYZ appears.");

        var snapshot = content.Load();

        Assert.NotEmpty(TestContent.Errors(snapshot));
        Assert.True(snapshot.CanServe);
    }

    private static string Glossary(string id, string lang, string title) => TestContent.Page(id, lang, "Definition.")
        .Replace("type: page", "type: glossary-term", StringComparison.Ordinal)
        .Replace($"title: Title of {id}", $"title: {title}", StringComparison.Ordinal);
}

public sealed class EditorialChecksTests
{
    [Fact]
    public void The_site_can_load_without_the_editorial_checks_that_check_runs()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "An unexplained XYZ appears.");

        var forSite = new Loading.ContentLoader(new Markdown.MarkdownRenderer(), FixedTime.On(TestContent.Today)) { EditorialChecks = false }.Load(content.Root);
        var forCheck = content.Load();

        Assert.DoesNotContain(forSite.Diagnostics, d => d.Rule == Rules.PlainLanguage);
        Assert.Contains(forCheck.Diagnostics, d => d.Rule == Rules.PlainLanguage);
    }
}
