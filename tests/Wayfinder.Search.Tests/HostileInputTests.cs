namespace Wayfinder.Search.Tests;

[Collection(ContentIndexCollection.Name)]
public sealed class HostileInputTests(ContentIndexFixture fixture)
{
    public static TheoryData<string> Hostile => new()
    {
        "AND OR NOT",
        "\"* ? : ( ) [ ] { } ~ ^ \\ /",
        "title:foo",
        "body:octreotide AND (title:x OR y)~2",
        "octreotide~0.5^10",
        "\"unterminated",
        "*",
        "?",
        "/regex.*/",
        "[a TO z]",
        "{!lucene}",
        "-octreotide +",
        "&& || !",
        "\0\0\0",
        "\uD800\uDC00\uD800",
        "\uFFFD\uFFFD",
        "nausea\u0001\u001F",
        "\u202Edrawkcab",
        "<script>alert(1)</script>",
        "'; DROP TABLE pages; --",
        "%00%27",
        "ﷺ ﷽ 𒐫",
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("octreotide ", 1_000)),
        string.Concat(Enumerable.Repeat("abcdefghij ", 1_000)),
        string.Concat(Enumerable.Repeat("( ", 5_000)),
    };

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void A_long_random_query_looks_up_at_most_a_few_words_for_corrections(string lang)
    {
        // Forty six-letter nonsense words: each could be a typo, and looking each up is what made
        // such queries cost 100 ms. Only a few are tried, for matching and for "did you mean".
        var random = new Random(42);
        var text = string.Join(' ', Enumerable.Range(0, 28).Select(_ => new string(Enumerable.Range(0, 6).Select(_ => (char)('a' + random.Next(26))).ToArray())));
        var before = fixture.Index.CorrectionLookups(lang);

        fixture.Index.Search(new SearchQuery(text, lang));

        Assert.InRange(fixture.Index.CorrectionLookups(lang) - before, 1, 2 * Querying.EditDistance.MaxCorrectedWordsPerQuery);
    }

    [Theory]
    [InlineData("diarhea", "diarrhea")]
    [InlineData("constipaton", "constipation")]
    public void Typos_are_still_corrected_within_the_bound(string typed, string expected)
    {
        var result = fixture.Index.Search(new SearchQuery(typed, "en"));

        Assert.NotEmpty(result.Results);
        Assert.Contains(result.Results, r => r.Title.Contains(expected, StringComparison.OrdinalIgnoreCase) || r.Url.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_query_text_never_throws_in_either_language(string text)
    {
        foreach (var lang in new[] { "en", "fr" })
        {
            var result = fixture.Index.Search(new SearchQuery(text, lang));
            Assert.True(result.Total >= 0);
            Assert.All(result.Results, r => Assert.DoesNotContain("<script", r.Snippet, StringComparison.OrdinalIgnoreCase));
            Assert.NotNull(fixture.Index.Suggest(text, lang));
        }
    }

    [Fact]
    public void Query_syntax_is_read_as_plain_words()
    {
        Assert.Equal("/en/drugs/octreotide", fixture.Urls("drug:octreotide")[0]);
        Assert.Equal(fixture.Urls("title octreotide"), fixture.Urls("title:octreotide"));
        Assert.Equal("/en/drugs/octreotide", fixture.Urls("\"octreotide\"~")[0]);
        Assert.Equal("/en/drugs/octreotide", fixture.Urls("(octreotide*)")[0]);
        Assert.Equal(fixture.Urls("pain fatigue nausea"), fixture.Urls("pain AND (fatigue OR nausea)"));
    }

    [Fact]
    public void Unknown_languages_filters_and_null_text_give_no_results()
    {
        Assert.Equal(0, fixture.Index.Search(new SearchQuery("pain", "de")).Total);
        Assert.Equal(0, fixture.Index.Search(new SearchQuery(null!, "en")).Total);
        Assert.Equal(0, fixture.Index.Search(new SearchQuery("pain", null!)).Total);
        Assert.Equal(0, fixture.Index.Search(new SearchQuery("pain", "en", Type: "nonsense")).Total);
    }

    [Fact]
    public void Concurrent_searches_give_the_same_answers_as_one_at_a_time()
    {
        string[] queries = ["octreotide", "tired all the time", "diarrhée", "lutathera side efects", "soins palliatifs"];
        var expected = queries.Select(q => string.Join(',', fixture.Urls(q, q.Contains("soins") || q.Contains('é') ? "fr" : "en"))).ToList();
        Parallel.For(0, 200, i =>
        {
            var q = queries[i % queries.Length];
            Assert.Equal(expected[i % queries.Length], string.Join(',', fixture.Urls(q, q.Contains("soins") || q.Contains('é') ? "fr" : "en")));
        });
    }
}
