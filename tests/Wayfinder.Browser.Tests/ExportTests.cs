using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Browser.Tests;

/// <summary>
/// The static copy that <c>export</c> writes, served by nginx as docs/deployment.md shows: every
/// kind of page passes the same axe checks as the live site, and pages whose forms need the
/// server say so instead.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportTests(BrowserFixture browser) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("wayfinder-export-").FullName;
    private Nginx? nginx;

    [SkippableFact]
    public async Task Every_kind_of_page_in_the_static_copy_served_by_nginx_has_no_wcag_2_1_aa_violations()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var missing = Nginx.Missing();
        Skip.If(missing is not null, missing);
        var site = Path.Combine(folder, "site");
        var (exit, output) = Cli.Run(new Dictionary<string, string>(), "export", site, "--site", browser.BaseUrl);
        Assert.True(exit == 0, output);
        Nginx.MakeReadable(folder);
        nginx = new Nginx(port => $$"""
                server {
                    listen 127.0.0.1:{{port}};
                    root {{site}};
                    location / { try_files $uri $uri/index.html =404; }
                }
            """);

        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .ToList();

        // The live site's axe test covers every page; here one page of each kind (same section
        // and depth, so the same template) shows that exporting keeps them accessible.
        var sample = pages
            .GroupBy(p => (Section: string.Join('/', p.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(2)), Depth: p.TrimEnd('/').Count(c => c == '/')))
            .Select(g => g.First())
            .ToList();
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = nginx.Address.ToString(), BypassCSP = true });
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        foreach (var path in sample)
        {
            var response = await page.GotoAsync(path);
            if (response?.Status != 200)
            {
                violations.Add($"{path}: HTTP {response?.Status}");
                continue;
            }

            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            violations.AddRange(result.Violations.Select(v => $"{path}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})"));
        }

        await page.GotoAsync("/en/self-check");
        var selfCheckNotice = await page.Locator("main").InnerTextAsync();
        await context.CloseAsync();

        Assert.True(pages.Count > 100, $"only {pages.Count} pages exported");
        Assert.True(sample.Count > 30, $"only {sample.Count} kinds of page checked");
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        Assert.Contains("911", selfCheckNotice, StringComparison.Ordinal);
        Assert.Equal(0, await CountFormsAsync(site));
    }

    private static async Task<int> CountFormsAsync(string site)
    {
        var forms = 0;
        foreach (var file in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories))
        {
            forms += System.Text.RegularExpressions.Regex.Count(await File.ReadAllTextAsync(file), "<form[ >]");
        }

        return forms;
    }

    public void Dispose()
    {
        nginx?.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
