using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
    private Process? nginx;

    [SkippableFact]
    public async Task The_exported_site_served_by_nginx_has_every_page_and_no_broken_link_or_server_form()
    {
        var missing = TestTools.Missing(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null, "nginx");
        Skip.If(missing is not null, missing);
        site.UseKestrel(0);
        site.StartServer();
        var snapshot = site.Services.GetRequiredService<Wayfinder.Content.Loading.ContentStore>().Current;

        var (exit, output) = RunCli("export", Path.Combine(folder, "site"), "--site", site.ClientOptions.BaseAddress.ToString());
        var copy = StartNginx(Path.Combine(folder, "site"));
        using var client = new HttpClient { BaseAddress = copy };

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

    private Uri StartNginx(string root)
    {
        // nginx's workers run as an unprivileged user: the copy must be readable by anyone.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        // The static-copy server block of docs/deployment.md.
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                server {
                    listen 127.0.0.1:{{port}};
                    root {{root}};
                    location / { try_files $uri $uri/index.html =404; }
                }
            }
            """);
        nginx = Process.Start(new ProcessStartInfo("/usr/sbin/nginx") { ArgumentList = { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;" } })!;
        using var client = new HttpClient();
        for (var i = 0; i < 50; i++)
        {
            try
            {
                client.GetAsync($"http://127.0.0.1:{port}/").GetAwaiter().GetResult();
                break;
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(100);
            }
        }

        return new Uri($"http://127.0.0.1:{port}");
    }

    private static (int Exit, string Output) RunCli(params string[] args)
    {
        var cli = Path.Combine(Repository.Root, "src", "Wayfinder.Cli", "bin");
        var dll = Directory.GetFiles(cli, "wayfinder.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).First();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), "the export did not finish in time");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        if (nginx is { HasExited: false })
        {
            nginx.Kill(entireProcessTree: true);
            nginx.WaitForExit(5000);
        }

        site.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
