using Wayfinder.Content.Checking;

namespace Wayfinder.Content.Tests;

public sealed class TermbaseTests
{
    private const string Terms = """
        spelling:
          - use: tumour
            avoid: [tumor, tumors]
            keep: [Neuroendocrine Tumor Society]
          - use: anemia
            avoid: [anaemia]
        terms:
          - en: care team
            fr: équipe de soins
            avoid: [équipe soignante]
        """;

    private static Termbase Load() => Termbase.Parse(Termbase.FileName, Terms).Termbase!;

    [Fact]
    public void A_british_spelling_in_an_english_page_is_named_with_its_line_and_the_spelling_to_use()
    {
        var text = "---\ntitle: Anaemia and you\nsources:\n  - title: Anaemia in cancer\n---\nIntro.\n\nA tumor can grow.\n";

        var found = Load().CheckFile("en/a.md", "en", text).Select(d => d.ToString()).ToList();

        Assert.Equal(
            ["en/a.md:2: error: write 'anemia', not 'anaemia' (Canadian medical spelling, terms.yaml)",
             "en/a.md:8: error: write 'tumour', not 'tumor' (Canadian medical spelling, terms.yaml)"],
            found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sources_aliases_addresses_and_kept_names_are_not_the_pages_words()
    {
        var text = """
            ---
            title: Tumours
            aliases:
              - "tumor"
            sources:
              - title: Neuroendocrine tumors (PDQ)
                publisher: National Cancer Institute
                url: https://www.cancer.gov/types/gi-neuroendocrine-tumors
            ---
            The European Neuroendocrine Tumor
            Society writes guidance. See [the page](https://www.cancer.gov/tumors/a) or /en/tumors-x.
            """;

        Assert.Empty(Load().CheckFile("en/a.md", "en", text));
    }

    [Fact]
    public void A_phrase_wrapped_over_two_lines_is_still_found_on_its_first_line()
    {
        var text = "---\ntitle: Équipe\n---\nParlez à votre équipe\nsoignante.\n";

        var found = Assert.Single(Load().CheckFile("fr/a.md", "fr", text));

        Assert.Equal(4, found.Line);
        Assert.Contains("write 'équipe de soins' for 'care team', not 'équipe soignante'", found.Message, StringComparison.Ordinal);
        Assert.False(found.BlocksServing);
    }

    [Fact]
    public void French_terms_hold_on_french_pages_and_english_spelling_on_english_ones()
    {
        Assert.Empty(Load().CheckFile("en/a.md", "en", "---\ntitle: A\n---\nThe équipe soignante.\n"));
        Assert.Empty(Load().CheckFile("fr/a.md", "fr", "---\ntitle: A\n---\nUne tumor.\n"));
    }

    [Fact]
    public void Whole_words_only_so_a_longer_word_is_not_a_variant()
    {
        Assert.Empty(Load().CheckFile("en/a.md", "en", "---\ntitle: A\n---\nTumorigenesis is a word.\n"));
    }

    [Theory]
    [InlineData("Alerte : appelez.", 1)]
    [InlineData("Alerte: appelez.", 1)]
    [InlineData("Vous avez mal ? Oui !", 2)]
    [InlineData("Alerte\u00a0: appelez. Vous avez mal\u00a0? Oui\u00a0!", 0)]
    [InlineData("Le rendez-vous est à 10:30, voir [la page](/fr/recherche?q=a) ou https://a.ca/b?c=d.", 0)]
    [InlineData(":::info Titre\u00a0?\nTexte.\n:::", 0)]
    public void French_pages_put_a_non_breaking_space_before_high_punctuation(string body, int findings)
    {
        var found = Load().CheckFile("fr/a.md", "fr", "---\ntitle: Titre\n---\n" + body + "\n").ToList();

        Assert.Equal(findings, found.Count);
        Assert.All(found, d => Assert.Contains("non-breaking space", d.Message, StringComparison.Ordinal));
        Assert.Empty(Load().CheckFile("en/a.md", "en", "---\ntitle: Title\n---\n" + body.Replace("\u00a0", " ", StringComparison.Ordinal) + "\n"));
    }

    [Theory]
    [InlineData("spelling:\n  - use: tumour\n", 2, "a spelling entry needs 'use'")]
    [InlineData("terms:\n  - en: care team\n    avoid: [x]\n", 2, "a term needs 'en'")]
    [InlineData("colours: []\n", 1, "unknown key 'colours'")]
    [InlineData("spelling: [\n", 2, "not valid YAML")]
    public void A_malformed_termbase_is_named_with_its_line(string yaml, int line, string message)
    {
        var (_, problems) = Termbase.Parse(Termbase.FileName, yaml);

        var problem = Assert.Single(problems);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_page_that_breaks_the_shipped_termbase()
    {
        using var content = new TestContent();
        File.Copy(Path.Combine(TestContent.RepositoryRoot, "content", Termbase.FileName), Path.Combine(content.Root, Termbase.FileName));
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "Your care team checks for anaemia.", frBody: "Votre équipe soignante vérifie.");

        var errors = TestContent.Errors(content.Load()).Select(d => d.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("en/a.md:", StringComparison.Ordinal) && e.Contains("write 'anemia', not 'anaemia'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("fr/a.md:", StringComparison.Ordinal) && e.Contains("not 'équipe soignante'", StringComparison.Ordinal));
    }
}
