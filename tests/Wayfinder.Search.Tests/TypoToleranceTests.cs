namespace Wayfinder.Search.Tests;

[Collection(ContentIndexCollection.Name)]
public sealed class TypoToleranceTests(ContentIndexFixture fixture)
{
    private static SearchIndex Words() => TestDocuments.Index(
        TestDocuments.Page("/en/nausea", "Nausea", "Nausea can come and go."),
        TestDocuments.Page("/en/lanreotide", "Lanreotide", "Lanreotide is a monthly shot."),
        TestDocuments.Page("/en/tingling", "Tingling", "Tingling in the fingers."),
        TestDocuments.Page("/en/tinkling", "Tinkling", "Tinkling of a bell."),
        TestDocuments.Page("/en/rain", "Rain", "Rain falls on the roof."),
        TestDocuments.Page("/en/constipation", "Constipation", "Constipation is hard stools."));

    [Theory]
    [InlineData("nausia", "/en/nausea")]
    [InlineData("nasuea", "/en/nausea")]
    [InlineData("lanreotdie", "/en/lanreotide")]
    [InlineData("lanreotyd", "/en/lanreotide")]
    [InlineData("constipaton", "/en/constipation")]
    public void Words_of_five_letters_or_more_tolerate_typos(string query, string url)
    {
        using var index = Words();
        Assert.Equal(url, index.Urls(query)[0]);
    }

    [Fact]
    public void Five_to_seven_letter_words_tolerate_one_edit_and_not_two()
    {
        using var index = Words();
        Assert.Empty(index.Urls("nuasia"));
    }

    [Fact]
    public void Words_under_five_letters_are_matched_exactly_and_the_first_letter_must_be_right()
    {
        using var index = Words();
        Assert.Equal(["/en/rain"], index.Urls("rain"));
        Assert.Empty(index.Urls("pain"));
        Assert.Empty(index.Urls("mausea"));
    }

    [Fact]
    public void An_exact_match_ranks_above_a_corrected_one()
    {
        using var index = Words();
        Assert.Equal(["/en/tingling", "/en/tinkling"], index.Urls("tingling"));
        Assert.Equal(["/en/tinkling", "/en/tingling"], index.Urls("tinkling"));
    }

    [Theory]
    [InlineData("en", "diarhea", "diarrhea")]
    [InlineData("en", "lutathera side efects", "lutathera side effects")]
    [InlineData("en", "Chromogranim", "Chromogranin")]
    [InlineData("en", "constipaton", "constipation")]
    [InlineData("fr", "douleru", "douleur")]
    [InlineData("fr", "fatige", "fatigue")]
    [InlineData("fr", "l'oncolgue", "l'oncologue")]
    public void Did_you_mean_offers_the_word_the_pages_use(string lang, string query, string suggestion)
    {
        Assert.Equal(suggestion, fixture.Index.Search(new SearchQuery(query, lang)).Suggestion);
    }

    [Theory]
    [InlineData("en", "diarrhea")]
    [InlineData("en", "tumor")]
    [InlineData("en", "breathless")]
    [InlineData("fr", "diarrhee")]
    [InlineData("en", "xqzwvkj")]
    public void Did_you_mean_stays_quiet_for_known_words_and_for_words_nothing_is_close_to(string lang, string query)
    {
        Assert.Null(fixture.Index.Search(new SearchQuery(query, lang)).Suggestion);
    }
}
