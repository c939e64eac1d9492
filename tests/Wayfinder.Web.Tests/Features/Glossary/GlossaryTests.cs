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
    [InlineData("/en/cancer-types/neuroendocrine-tumours", "flushing", "skin")]
    [InlineData("/fr/types-de-cancer/tumeurs-neuroendocrines", "bouffées vasomotrices", "peau")]
    public async Task The_hub_defines_its_medical_words_where_they_are_used(string path, string word, string inDefinition)
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), path);

        var terms = page.QuerySelectorAll(".wf-prose .wf-term");
        Assert.True(terms.Length >= 10, $"{terms.Length} terms");
        var term = terms.First(t => t.TextContent.Equals(word, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(inDefinition, page.GetElementById(term.GetAttribute("popovertarget")!)!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ContentPages))]
    public async Task Every_glossary_term_on_a_page_opens_its_definition_in_place_and_leads_on_to_the_glossary(string path)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.GetAsync(client, path);
        var french = path.StartsWith("/fr", StringComparison.Ordinal);
        var glossaryPath = french ? "/fr/glossaire" : "/en/glossary";
        var (_, glossary) = await Html.GetAsync(client, glossaryPath);

        foreach (var term in page.QuerySelectorAll(".wf-term"))
        {
            // A button that opens a popover keeps the reader on the page; a link would leave it.
            Assert.Equal("BUTTON", term.TagName);
            Assert.Null(term.Closest("form"));
            var popover = page.GetElementById(term.GetAttribute("popovertarget")!);
            Assert.NotNull(popover);
            Assert.True(popover!.HasAttribute("popover"));
            Assert.Same(term.NextElementSibling, popover);
            var more = popover.QuerySelector("a")!;
            Assert.False(string.IsNullOrWhiteSpace(popover.TextContent[..^more.TextContent.Length]));
            Assert.Equal(french ? "Dans le glossaire" : "In the glossary", more.TextContent);
            var href = more.GetAttribute("href")!;
            Assert.StartsWith(glossaryPath + "#", href, StringComparison.Ordinal);
            Assert.NotNull(glossary.GetElementById(href.Split('#')[1]));
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
