using System.Net;
using System.Text;
using Wayfinder.Cli.Export;

namespace Wayfinder.Content.Tests;

/// <summary>The static export carries on past a link that is not an address, and says so.</summary>
public sealed class StaticExportLinkTests
{
    [Fact]
    public async Task A_malformed_third_party_address_is_reported_and_skipped_and_the_export_goes_on()
    {
        var folder = Directory.CreateTempSubdirectory("wayfinder-export-").FullName;
        using var client = new HttpClient(new Site()) { BaseAddress = new Uri("http://site") };

        var result = await new StaticExporter(client, folder).ExportAsync();

        Assert.True(File.Exists(Path.Combine(folder, "en", "after-the-bad-link.html")) || File.Exists(Path.Combine(folder, "en", "after-the-bad-link", "index.html")),
            "the page linked after the bad address should be exported");
        Assert.Contains(result.Problems, p => p.Contains("not a valid address: mailto:site@ example.org", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A tiny site: a page with a trial site's malformed e-mail, then a link to another page.</summary>
    private sealed class Site : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var html = request.RequestUri!.AbsolutePath switch
            {
                "/sitemap.xml" => "<urlset><url><loc>http://site/en/trial</loc></url></urlset>",
                "/en/trial" => "<!DOCTYPE html><html><body><a href=\"mailto:site@ example.org\">e-mail</a> <a href=\"/en/after-the-bad-link\">next</a></body></html>",
                "/en/after-the-bad-link" => "<!DOCTYPE html><html><body><p>Still exported.</p></body></html>",
                _ => null,
            };
            return Task.FromResult(html is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(html, Encoding.UTF8, html.StartsWith('<') && html.Contains("urlset", StringComparison.Ordinal) ? "application/xml" : "text/html") });
        }
    }
}
