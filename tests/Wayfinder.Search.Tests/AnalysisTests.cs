using Wayfinder.Content.Synonyms;
using Wayfinder.Search.Analysis;

namespace Wayfinder.Search.Tests;

[Collection(ContentIndexCollection.Name)]
public sealed class AnalysisTests(ContentIndexFixture fixture)
{
    [Theory]
    [InlineData("en", "tumor", "tumour")]
    [InlineData("en", "tumors", "tumour")]
    [InlineData("en", "diarrhoea", "diarrhea")]
    [InlineData("en", "diarrhée", "diarrhea")]
    [InlineData("en", "esophagus", "oesophagus")]
    [InlineData("en", "hemoglobin", "haemoglobin")]
    [InlineData("en", "anemia", "anaemia")]
    [InlineData("en", "edema", "oedema")]
    [InlineData("en", "pediatric", "paediatric")]
    [InlineData("fr", "diarrhee", "diarrhée")]
    [InlineData("fr", "tumeurs", "tumeur")]
    [InlineData("fr", "nausées", "nausée")]
    [InlineData("fr", "l'oncologue", "oncologue")]
    [InlineData("fr", "l’oncologue", "oncologue")]
    [InlineData("fr", "d'appétit", "appetit")]
    public void Spelling_variants_accents_endings_and_elisions_become_the_same_terms(string lang, string written, string other)
    {
        var analysis = LanguageAnalysis.For(lang, fixture.Synonyms, []);
        Assert.Equal(Terms(analysis, other), Terms(analysis, written));
    }

    [Fact]
    public void Tumor_and_tumour_find_the_same_pages()
    {
        Assert.NotEmpty(fixture.Urls("tumour", pageSize: 50));
        Assert.Equal(fixture.Urls("tumour", pageSize: 50), fixture.Urls("tumor", pageSize: 50));
    }

    [Fact]
    public void Diarrhee_with_and_without_accents_finds_the_same_pages()
    {
        Assert.NotEmpty(fixture.Urls("diarrhée", "fr"));
        Assert.Equal(fixture.Urls("diarrhée", "fr"), fixture.Urls("diarrhee", "fr"));
        Assert.Equal(fixture.Urls("DIARRHÉE", "fr"), fixture.Urls("diarrhee", "fr"));
    }

    [Fact]
    public void Stemming_makes_plural_and_singular_alike_in_both_languages()
    {
        using var index = TestDocuments.Index(
            TestDocuments.Page("/en/a", "A", "Tell your team about new symptoms."),
            TestDocuments.Page("/fr/a", "A", "Parlez des nouveaux médicaments à votre équipe.", lang: "fr"));
        Assert.Equal(["/en/a"], index.Urls("symptom"));
        Assert.Equal(["/fr/a"], index.Urls("médicament", "fr"));
    }

    [Fact]
    public void A_single_word_synonym_finds_pages_that_use_another_word()
    {
        using var index = TestDocuments.Index(
            TestDocuments.Page("/en/fatigue", "Fatigue", "Fatigue is common during treatment."),
            TestDocuments.Page("/fr/fatigue", "Fatigue", "La fatigue est fréquente.", lang: "fr"),
            TestDocuments.Page("/en/other", "Other", "Nothing related here."));
        Assert.Equal(["/en/fatigue"], index.Urls("exhausted"));
        Assert.Equal(["/en/fatigue"], index.Urls("tired"));
        Assert.Equal(["/fr/fatigue"], index.Urls("épuisement", "fr"));
    }

    [Theory]
    [InlineData("shortness of breath", "Doctors call this dyspnea.")]
    [InlineData("can't breathe", "Feeling short of breath is common.")]
    [InlineData("breathless", "Shortness of breath can be scary.")]
    [InlineData("peptide receptor radionuclide therapy", "You may be offered PRRT.")]
    [InlineData("PRRT", "Peptide receptor radionuclide therapy uses a radioactive drug.")]
    [InlineData("sick to my stomach", "Nausea can come and go.")]
    public void A_multi_word_synonym_finds_pages_that_use_another_phrase(string query, string body)
    {
        using var index = TestDocuments.Index(
            TestDocuments.Page("/en/match", "Page", body),
            TestDocuments.Page("/en/other", "Other", "Your stomach and your breath and a therapy receptor."));
        Assert.Equal("/en/match", index.Urls(query)[0]);
    }

    [Fact]
    public void The_words_of_a_synonym_phrase_found_apart_do_not_count_as_the_phrase()
    {
        using var index = TestDocuments.Index(TestDocuments.Page("/en/apart", "Page", "Hold your breath while we measure shortness of the cable."));
        Assert.Empty(index.Urls("dyspnea"));
    }

    [Fact]
    public void The_synonyms_file_has_groups_in_both_languages_and_spelling_variants()
    {
        Assert.NotEmpty(fixture.Synonyms.Variants);
        Assert.True(fixture.Synonyms.Groups("en").Count >= 20);
        Assert.True(fixture.Synonyms.Groups("fr").Count >= 20);
        Assert.Contains(fixture.Synonyms.Groups("en"), g => g.Contains("shortness of breath") && g.Contains("dyspnea"));
    }

    [Fact]
    public void A_synonyms_file_with_an_unknown_key_or_a_one_word_group_is_rejected()
    {
        Assert.Throws<FormatException>(() => SynonymMap.Parse("synonym:\n  en: []\n"));
        Assert.Throws<FormatException>(() => SynonymMap.Parse("variants:\n  - [tumour]\n"));
        Assert.Empty(SynonymMap.Parse("").Variants);
    }

    private static List<string> Terms(LanguageAnalysis analysis, string text) => analysis.Tokens(text).Select(t => t.Term).ToList();
}
