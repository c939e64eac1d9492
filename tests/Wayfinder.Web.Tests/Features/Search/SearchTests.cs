using System.Net;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Search;

public sealed class SearchTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/search?q=carcinoid", "/en/cancer-types/neuroendocrine-tumours")]
    [InlineData("/en/search?q=Palliative%20care", "/en/palliative-care")]
    [InlineData("/fr/recherche?q=soins%20palliatifs", "/fr/soins-palliatifs")]
    [InlineData("/fr/recherche?q=NEUROENDOCRINES", "/fr/types-de-cancer/tumeurs-neuroendocrines")]
    public async Task A_search_finds_the_page_a_person_is_looking_for(string path, string expected)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = document.QuerySelectorAll(".wf-result__title a").Select(a => a.GetAttribute("href")).Take(3).ToList();
        Assert.Contains(expected, results);
    }

    [Theory]
    [InlineData("/en/search?q=Sandostatin%20LAR", "/en/drugs/octreotide")]
    [InlineData("/en/search?q=lutathera", "/en/drugs/lutetium-lu-177-dotatate")]
    [InlineData("/fr/recherche?q=Afinitor", "/fr/medicaments/everolimus")]
    public async Task A_brand_name_search_leads_to_the_generic_sheet(string path, string sheet)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(sheet, document.QuerySelector(".wf-brand-match a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Accents_do_not_matter_in_french_search()
    {
        var (_, withAccent) = await Html.GetAsync(factory.CreateClient(), "/fr/recherche?q=pr%C3%A9vention");
        var (_, without) = await Html.GetAsync(factory.CreateClient(), "/fr/recherche?q=prevention");

        Assert.NotEmpty(withAccent.QuerySelectorAll(".wf-result"));
        Assert.Equal(withAccent.QuerySelectorAll(".wf-result").Length, without.QuerySelectorAll(".wf-result").Length);
    }

    [Theory]
    [InlineData("/en/search")]
    [InlineData("/en/search?q=")]
    [InlineData("/en/search?q=%20%20")]
    [InlineData("/en/search?q=%00%01%02")]
    [InlineData("/en/search?q=%FF%FE")]
    [InlineData("/en/search?q=title:(a%20OR%20b)*")]
    [InlineData("/en/search?q=zzzzqqqq")]
    public async Task Odd_searches_get_a_helpful_page_never_an_error(string path)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector("main form[role=search]"));
        Assert.NotEmpty(document.QuerySelector("main")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_overlong_search_gets_a_400_page_that_says_why()
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), "/en/search?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200 characters", document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_toggles_to_the_french_search_with_the_same_words()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/search?q=carcinoid");

        Assert.Equal("/fr/recherche?q=carcinoid", document.QuerySelector(".wf-language-toggle")!.GetAttribute("href"));
    }
}
