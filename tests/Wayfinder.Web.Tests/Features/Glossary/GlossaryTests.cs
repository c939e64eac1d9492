using System.Net;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Glossary;

public sealed class GlossaryTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/glossary", "en")]
    [InlineData("/fr/glossaire", "fr")]
    public async Task The_glossary_lists_every_term_a_to_z_with_an_anchor(string path, string lang)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var terms = document.QuerySelectorAll(".wf-glossary dt").ToList();
        var expected = Directory.GetFiles(Path.Combine(Repository.Content, lang, lang == "en" ? "glossary" : "glossaire"), "*.md").Length;
        Assert.Equal(expected, terms.Count);
        Assert.All(terms, t => Assert.False(string.IsNullOrEmpty(t.Id)));
        var letters = document.QuerySelectorAll(".wf-glossary-letter h2").Select(h => h.TextContent).ToList();
        Assert.Equal(letters.Order(StringComparer.Ordinal), letters);
        Assert.All(document.QuerySelectorAll(".wf-letters a"), a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));
    }

    public static TheoryData<string> ContentPages()
    {
        var data = new TheoryData<string>();
        foreach (var path in Repository.PagePaths().Where(Repository.IsContentFilePage))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentPages))]
    public async Task Every_glossary_link_on_a_page_leads_to_its_term_and_carries_its_definition(string path)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.GetAsync(client, path);
        var glossaryPath = path.StartsWith("/fr", StringComparison.Ordinal) ? "/fr/glossaire" : "/en/glossary";
        var (_, glossary) = await Html.GetAsync(client, glossaryPath);

        foreach (var link in page.QuerySelectorAll("a.wf-term"))
        {
            var href = link.GetAttribute("href")!;
            Assert.StartsWith(glossaryPath + "#", href, StringComparison.Ordinal);
            Assert.NotNull(glossary.GetElementById(href.Split('#')[1]));
            var definition = page.GetElementById(link.GetAttribute("aria-describedby")!);
            Assert.NotNull(definition);
            Assert.False(string.IsNullOrWhiteSpace(definition!.TextContent));
        }

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("/en/glossary", "anesthesiologist")]
    [InlineData("/fr/glossaire", "anesthesiologiste")]
    [InlineData("/fr/glossaire", "carcinoide-atypique")]
    public async Task Each_glossary_names_its_anchors_in_its_own_language(string path, string anchor)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.NotNull(document.GetElementById(anchor));
        if (path.StartsWith("/fr", StringComparison.Ordinal))
        {
            // No French term keeps an English anchor when its French name differs.
            Assert.Null(document.GetElementById("atypical-carcinoid"));
        }
    }

    [Fact]
    public async Task The_glossary_toggles_to_the_french_glossary()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/glossary");

        Assert.Equal("/fr/glossaire", document.QuerySelector(".wf-language-toggle")!.GetAttribute("href"));
    }
}
