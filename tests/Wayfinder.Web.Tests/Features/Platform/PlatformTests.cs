using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
        var listings = Wayfinder.Content.Site.SiteRoutes.SitemapPages.SelectMany(r => new[] { r.English, r.French }).Distinct();
        Assert.Equal(contentPages.Concat(listings).Select(p => "http://localhost" + p).Order(StringComparer.Ordinal), locations.Order(StringComparer.Ordinal));
        Assert.Contains("http://localhost/fr/types-de-cancer", locations);
        Assert.DoesNotContain("http://localhost/en/search", locations);

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
        var response = await WhenOkAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The first line is the state; readiness adds one line per check, saying why.
        Assert.Equal("Healthy", (await response.Content.ReadAsStringAsync()).Split('\n')[0]);
    }

    [Fact]
    public async Task Readiness_tells_the_operator_which_data_sets_are_empty_and_the_command_that_loads_each()
    {
        var response = await WhenOkAsync(factory.CreateClient(), "/healthz/ready");

        var data = (await response.Content.ReadAsStringAsync()).Split('\n').Single(l => l.StartsWith("data: ", StringComparison.Ordinal));
        Assert.StartsWith("data: Healthy: ", data, StringComparison.Ordinal);
        Assert.Contains("Canadian drug products (Health Canada DPD): not loaded; load with: dotnet run --project src/Wayfinder.Cli -- drugs import-dpd allfiles.zip", data, StringComparison.Ordinal);
        Assert.Contains("Clinical trials (ClinicalTrials.gov): ", data, StringComparison.Ordinal);
    }

    /// <summary>Readiness waits for this node's search index, built in the background after start:
    /// ask again, as a load balancer polling it would, for up to ten seconds.</summary>
    private static async Task<HttpResponseMessage> WhenOkAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        for (var attempt = 0; attempt < 100 && response.StatusCode != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(100);
            response = await client.GetAsync(path);
        }

        return response;
    }

    public static TheoryData<string> PublicPages() => new(Repository.PagePaths());

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task No_public_page_shows_an_operator_command(string path)
    {
        var html = await (await factory.CreateClient().GetAsync(path)).Content.ReadAsStringAsync();

        foreach (var command in new[] { "dotnet run", "Wayfinder.Cli", "import-dpd", "trials sync", "trials import", "geo import", "appsettings" })
        {
            Assert.DoesNotContain(command, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Readiness_is_unhealthy_while_the_search_index_is_not_built()
    {
        var services = factory.Services;
        using var notStarted = new Wayfinder.Web.Features.Search.SiteSearch(
            services.GetRequiredService<Wayfinder.Content.Loading.ContentStore>(), services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<IConfiguration>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<Wayfinder.Web.Features.Search.SiteSearch>.Instance);
        var running = services.GetRequiredService<Wayfinder.Web.Features.Search.SiteSearch>();
        await running.GetAsync(CancellationToken.None);

        var before = await new Wayfinder.Web.Features.Platform.SearchHealthCheck(notStarted).CheckHealthAsync(new());
        var after = await new Wayfinder.Web.Features.Platform.SearchHealthCheck(running).CheckHealthAsync(new());

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, before.Status);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, after.Status);
        Assert.Contains("documents", after.Description, StringComparison.Ordinal);
    }
}
