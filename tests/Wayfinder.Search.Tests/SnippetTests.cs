namespace Wayfinder.Search.Tests;

[Collection(ContentIndexCollection.Name)]
public sealed class SnippetTests(ContentIndexFixture fixture)
{
    [Fact]
    public void Matched_words_are_marked_in_a_short_passage_of_the_body()
    {
        var top = fixture.Index.Search(new SearchQuery("diarrhea", "en")).Results[0];
        Assert.Contains("<mark>Diarrhea</mark>", top.Snippet, StringComparison.OrdinalIgnoreCase);
        var text = top.Snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.InRange(text.Length, 60, 230);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_synonym_phrase_and_a_spelling_variant_are_marked_as_they_appear_on_the_page()
    {
        using var index = TestDocuments.Index(TestDocuments.Page("/en/a", "A", "Feeling short of breath is common with tumours."));
        var snippet = index.Search(new SearchQuery("breathless tumor", "en")).Results[0].Snippet;
        Assert.Equal("Feeling <mark>short of breath</mark> is common with <mark>tumours</mark>.", snippet);
    }

    [Fact]
    public void Html_in_a_document_comes_back_encoded_and_only_the_marks_are_markup()
    {
        using var index = TestDocuments.Index(TestDocuments.Page("/en/a", "A", "Nausea <script>alert('x')</script> & \"quotes\" <b>bold</b>"));
        var snippet = index.Search(new SearchQuery("nausea", "en")).Results[0].Snippet;
        Assert.Equal("<mark>Nausea</mark> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot; &lt;b&gt;bold&lt;/b&gt;", snippet);
    }

    [Fact]
    public void The_summary_is_used_when_the_body_has_no_match()
    {
        using var index = TestDocuments.Index(TestDocuments.Page("/en/a", "Lanreotide", "A monthly shot under the skin.", summary: "Lanreotide controls symptoms."));
        Assert.Equal("<mark>Lanreotide</mark> controls symptoms.", index.Search(new SearchQuery("lanreotide", "en")).Results[0].Snippet);
    }

    [Fact]
    public void A_long_body_is_cut_at_word_boundaries_around_the_best_passage()
    {
        var filler = string.Concat(Enumerable.Repeat("Words that say nothing at all. ", 40));
        using var index = TestDocuments.Index(TestDocuments.Page("/en/a", "A", filler + "Fatigue and pain together. " + filler));
        var snippet = index.Search(new SearchQuery("fatigue pain", "en")).Results[0].Snippet;
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Fatigue</mark> and <mark>pain</mark> together.", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("…ords", snippet, StringComparison.Ordinal);
    }
}
