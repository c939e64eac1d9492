using System.Net;
using System.Text.Json;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Search;

/// <summary><c>GET /api/search</c> and <c>GET /api/suggest</c> over the whole content pack.</summary>
public sealed class SearchApiTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Fact]
    public async Task The_search_api_answers_with_total_results_and_suggestion_as_the_design_says()
    {
        var json = await GetJson("/api/search?q=carcinoid&lang=en");

        Assert.True(json.GetProperty("total").GetInt32() >= 5);
        var first = json.GetProperty("results")[0];
        Assert.Equal("/en/cancer-types/neuroendocrine-tumours", first.GetProperty("url").GetString());
        Assert.Equal("cancer-type", first.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("title").GetString()));
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("suggestion").ValueKind);
    }

    [Theory]
    [InlineData("/api/search?q=Sandostatin", "/en/drugs/octreotide")]
    [InlineData("/api/search?q=Afinitor&lang=fr", "/fr/medicaments/everolimus")]
    [InlineData("/api/search?q=diarrh%C3%A9e&lang=fr", "/fr/symptomes/diarrhee")]
    [InlineData("/api/search?q=tumor", "/en/cancer-types/neuroendocrine-tumours")]
    public async Task The_page_a_person_means_comes_first(string path, string expected)
    {
        var json = await GetJson(path);

        Assert.Equal(expected, json.GetProperty("results")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_misspelt_search_still_finds_the_page_and_offers_the_right_spelling()
    {
        var json = await GetJson("/api/search?q=lutathera%20side%20efects");

        Assert.Equal("/en/drugs/lutetium-lu-177-dotatate", json.GetProperty("results")[0].GetProperty("url").GetString());
        Assert.Equal("lutathera side effects", json.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Type_and_audience_filters_narrow_the_results_and_facets_count_them()
    {
        var all = await GetJson("/api/search?q=diarrhea");
        var guides = await GetJson("/api/search?q=diarrhea&type=symptom-guide");
        var providers = await GetJson("/api/search?q=diarrhea&type=symptom-guide&audience=provider");

        var guideFacet = all.GetProperty("facets").GetProperty("types").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "symptom-guide");
        Assert.Equal(guideFacet.GetProperty("count").GetInt32(), guides.GetProperty("total").GetInt32());
        Assert.All(guides.GetProperty("results").EnumerateArray(), r => Assert.Equal("symptom-guide", r.GetProperty("type").GetString()));
        Assert.Equal("/en/symptoms/diarrhea", guides.GetProperty("results")[0].GetProperty("url").GetString());
        Assert.Equal("/en/symptoms/diarrhea/provider", providers.GetProperty("results")[0].GetProperty("url").GetString());
        Assert.True(all.GetProperty("total").GetInt32() > guides.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pages_of_results_do_not_repeat_and_a_page_past_the_end_is_empty()
    {
        var first = await GetJson("/api/search?q=cancer");
        var second = await GetJson("/api/search?q=cancer&page=2");
        var beyond = await GetJson("/api/search?q=cancer&page=500");

        var firstUrls = first.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()).ToList();
        var secondUrls = second.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()).ToList();
        Assert.Equal(10, firstUrls.Count);
        Assert.NotEmpty(secondUrls);
        Assert.Empty(firstUrls.Intersect(secondUrls));
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Empty(beyond.GetProperty("results").EnumerateArray());
        Assert.Equal(first.GetProperty("total").GetInt32(), beyond.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=%20%20%20", "q")]
    [InlineData("/api/search?q=a", "q")]
    [InlineData("/api/search?q=%00%01abc", "q")]
    [InlineData("/api/search?q=%E2%80%8B%1B%5B31m", "q")]
    [InlineData("/api/search?q=ab&q=cd", "q")]
    [InlineData("/api/search?q=carcinoid&lang=de", "lang")]
    [InlineData("/api/search?q=carcinoid&type=video", "type")]
    [InlineData("/api/search?q=carcinoid&audience=doctors", "audience")]
    [InlineData("/api/search?q=carcinoid&page=0", "page")]
    [InlineData("/api/search?q=carcinoid&page=-1", "page")]
    [InlineData("/api/search?q=carcinoid&page=abc", "page")]
    [InlineData("/api/search?q=carcinoid&page=99999999999999", "page")]
    [InlineData("/api/suggest", "q")]
    [InlineData("/api/suggest?q=%00x", "q")]
    [InlineData("/api/suggest?q=oct&lang=xx", "lang")]
    public async Task Bad_search_input_gets_a_400_problem_that_names_the_field(string path, string field)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem names '{field}'");
    }

    [Theory]
    [InlineData(201)]
    [InlineData(5000)]
    public async Task An_overlong_search_gets_a_400_problem(int length)
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=" + new string('a', length));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title:(a OR b)*")]
    [InlineData("\"unbalanced")]
    [InlineData("a AND OR NOT b")]
    [InlineData("*?~^\\/[]{}")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Query_syntax_is_read_as_words_never_as_commands(string text)
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/suggest?q=oct", "Octreotide", "/en/drugs/octreotide")]
    [InlineData("/api/suggest?q=sando", "Sandostatin", "/en/drugs/octreotide")]
    [InlineData("/api/suggest?q=soins%20pal&lang=fr", "Soins palliatifs", "/fr/soins-palliatifs")]
    public async Task Suggestions_offer_titles_and_drug_names_by_their_first_letters(string path, string text, string url)
    {
        var suggestions = (await GetJson(path)).EnumerateArray().ToList();

        Assert.InRange(suggestions.Count, 1, 8);
        Assert.Contains(suggestions, s => s.GetProperty("text").GetString()!.StartsWith(text, StringComparison.OrdinalIgnoreCase) && s.GetProperty("url").GetString() == url);
    }

    [Fact]
    public async Task The_openapi_document_describes_search_and_suggest()
    {
        var json = await GetJson("/openapi/v1.json");

        Assert.True(json.GetProperty("paths").TryGetProperty("/api/search", out _));
        Assert.True(json.GetProperty("paths").TryGetProperty("/api/suggest", out _));
    }

    private async Task<JsonElement> GetJson(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
