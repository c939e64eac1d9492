namespace Wayfinder.Search.Tests;

[Collection(ContentIndexCollection.Name)]
public sealed class SuggestTests(ContentIndexFixture fixture)
{
    [Fact]
    public void A_prefix_suggests_titles_and_drug_names()
    {
        Assert.Equal(new Suggestion("Octreotide", "/en/drugs/octreotide", DocumentTypes.Drug), fixture.Index.Suggest("octr", "en")[0]);
        var sando = fixture.Index.Suggest("sando", "en");
        Assert.Contains(new Suggestion("Sandostatin LAR", "/en/drugs/octreotide", DocumentTypes.Drug), sando);
        Assert.Equal("Sandostatin", sando[0].Text);
    }

    [Fact]
    public void French_suggestions_ignore_accents_and_case()
    {
        Assert.Equal("/fr/symptomes/diarrhee", fixture.Index.Suggest("DIARR", "fr")[0].Url);
        Assert.Equal("Évérolimus", fixture.Index.Suggest("evero", "fr")[0].Text);
        Assert.Equal("Anxiété", fixture.Index.Suggest("anxié", "fr")[0].Text);
    }

    [Fact]
    public void Patient_pages_are_suggested_before_provider_pages()
    {
        var pain = fixture.Index.Suggest("pain", "en").Select(s => s.Url).ToList();
        Assert.True(pain.IndexOf("/en/symptoms/pain") < pain.IndexOf("/en/symptoms/pain/provider"), string.Join(", ", pain));
    }

    [Fact]
    public void A_later_word_of_a_title_also_matches_after_titles_that_start_with_the_prefix()
    {
        var suggestions = fixture.Index.Suggest("neuro", "en", max: 50);
        Assert.Contains(suggestions, s => s.Url == "/en/cancer-types/neuroendocrine-tumours/types");
        Assert.StartsWith("Neuro", suggestions[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_respect_the_maximum_and_stay_in_their_language()
    {
        Assert.Equal(3, fixture.Index.Suggest("s", "en", max: 3).Count);
        Assert.All(fixture.Index.Suggest("s", "fr", max: 50), s => Assert.StartsWith("/fr/", s.Url, StringComparison.Ordinal));
        Assert.Empty(fixture.Index.Suggest("  ", "en"));
        Assert.Empty(fixture.Index.Suggest("octr", "de"));
    }
}
