using System.Net;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Content;

public sealed class ViewAllTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/cancer-types/neuroendocrine-tumours", "/en/cancer-types/neuroendocrine-tumours/all")]
    [InlineData("/fr/types-de-cancer/tumeurs-neuroendocrines", "/fr/types-de-cancer/tumeurs-neuroendocrines/tout")]
    public async Task View_all_contains_every_sub_page_and_its_headings_in_order(string hubPath, string viewAllPath)
    {
        var client = factory.CreateClient();
        var (response, all) = await Html.GetAsync(client, viewAllPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, hub) = await Html.GetAsync(client, hubPath);

        var topicUrls = hub.QuerySelectorAll(".wf-section-nav li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(topicUrls.Count >= 2, "the hub should list its topics");
        var expected = new List<string>();
        foreach (var url in topicUrls)
        {
            var (_, page) = await Html.GetAsync(client, url);
            expected.Add(page.QuerySelector("h1")!.TextContent.Trim());
            expected.AddRange(page.QuerySelectorAll(".wf-prose h2").Select(h => h.TextContent.Trim()));
        }

        var actual = all.QuerySelectorAll(".wf-view-all__section > h2, .wf-view-all__section .wf-prose h3")
            .Select(h => h.TextContent.Trim())
            .Where(expected.Contains)
            .ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task View_all_keeps_ids_unique_and_anchors_working()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/cancer-types/neuroendocrine-tumours/all");

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var anchor in document.QuerySelectorAll("main a[href^='#']"))
        {
            Assert.NotNull(document.GetElementById(anchor.GetAttribute("href")![1..]));
        }
    }

    [Fact]
    public async Task View_all_toggles_to_the_french_view_all()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/cancer-types/neuroendocrine-tumours/all");

        Assert.Equal("/fr/types-de-cancer/tumeurs-neuroendocrines/tout", document.QuerySelector(".wf-language-toggle")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_page_without_topics_has_no_view_all()
    {
        var response = await factory.CreateClient().GetAsync("/en/palliative-care/all");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
