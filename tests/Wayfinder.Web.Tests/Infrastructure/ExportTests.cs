using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Infrastructure;

/// <summary>
/// <c>export &lt;dir&gt;</c> as an operator runs it: the static copy, served by nginx, has every page
/// of both languages, no broken internal link, and no form that needs the server.
/// </summary>
public sealed class ExportTests : IDisposable
{
    private readonly WayfinderFactory site = new();
    private readonly string folder = Directory.CreateTempSubdirectory("wayfinder-export-").FullName;
    private Nginx? nginx;

    [SkippableFact]
    public async Task The_exported_site_served_by_nginx_has_every_page_and_no_broken_link_or_server_form()
    {
        var missing = Nginx.Missing();
        Skip.If(missing is not null, missing);
        site.UseKestrel(0);
        site.StartServer();
        var snapshot = site.Services.GetRequiredService<Wayfinder.Content.Loading.ContentStore>().Current;

        var (exit, output) = Cli.Run(new Dictionary<string, string>(), "export", Path.Combine(folder, "site"), "--site", site.ClientOptions.BaseAddress.ToString());
        // The static-copy server block of docs/deployment.md.
        Nginx.MakeReadable(folder);
        nginx = new Nginx(port => $$"""
                server {
                    listen 127.0.0.1:{{port}};
                    root {{Path.Combine(folder, "site")}};
                    location / { try_files $uri $uri/index.html =404; }
                }
            """);
        using var client = new HttpClient { BaseAddress = nginx.Address };

        Assert.True(exit == 0, output);
        Assert.Matches(@"Exported \d+ pages", output);
        var files = Directory.GetFiles(Path.Combine(folder, "site"), "*.html", SearchOption.AllDirectories);
        var broken = new List<string>();
        var checkedLinks = new HashSet<string>();
        foreach (var file in files)
        {
            var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(file));
            Assert.Empty(document.QuerySelectorAll("form"));
            foreach (var href in document.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal) && !h.Contains('?', StringComparison.Ordinal))
                .Select(h => h.Split('#')[0]))
            {
                if (checkedLinks.Add(href) && (await client.GetAsync(href)).StatusCode != HttpStatusCode.OK)
                {
                    broken.Add($"{Path.GetRelativePath(folder, file)} -> {href}");
                }
            }
        }

        foreach (var page in snapshot.Pages)
        {
            if ((await client.GetAsync(page.Url)).StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"page not exported: {page.Url}");
            }
        }

        var selfCheckResponse = await client.GetAsync("/fr/auto-evaluation");
        Assert.True(selfCheckResponse.StatusCode == HttpStatusCode.OK, output);
        var selfCheck = await selfCheckResponse.Content.ReadAsStringAsync();
        Assert.Contains("copie en lecture seule", selfCheck, StringComparison.Ordinal);
        Assert.Contains("911", selfCheck, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sitemap.xml")).StatusCode);
        Assert.True(broken.Count == 0, string.Join('\n', broken));
        Assert.True(checkedLinks.Count > 100, $"only {checkedLinks.Count} links checked");
    }

    public void Dispose()
    {
        nginx?.Dispose();
        site.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
