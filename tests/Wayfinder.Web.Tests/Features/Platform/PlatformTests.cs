using System.Net;
using System.Xml.Linq;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Platform;

public sealed class PlatformTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Fact]
    public async Task The_sitemap_lists_every_page_with_its_translation_as_an_alternate()
    {
        var response = await factory.CreateClient().GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var urls = xml.Root!.Elements(sm + "url").ToList();
        var locations = urls.Select(u => u.Element(sm + "loc")!.Value).ToList();
        var contentPages = Repository.PagePaths().Where(Repository.IsContentFilePage);
        Assert.Equal(contentPages.Select(p => "http://localhost" + p).Order(StringComparer.Ordinal), locations.Order(StringComparer.Ordinal));

        var hub = urls.Single(u => u.Element(sm + "loc")!.Value.EndsWith("/en/cancer-types/neuroendocrine-tumours", StringComparison.Ordinal));
        var alternates = hub.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("http://localhost/fr/types-de-cancer/tumeurs-neuroendocrines", alternates["fr"]);
    }

    [Fact]
    public async Task Robots_txt_allows_crawling_and_points_to_the_sitemap()
    {
        var text = await factory.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("Allow: /", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/ready")]
    public async Task Health_endpoints_report_healthy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
