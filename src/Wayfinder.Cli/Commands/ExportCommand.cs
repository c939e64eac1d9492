using System.ComponentModel;
using System.Diagnostics;
using System.Net.Sockets;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Cli.Export;

namespace Wayfinder.Cli.Commands;

/// <summary><c>export &lt;dir&gt;</c>: the whole read-only site as static files.</summary>
public sealed class ExportCommand : AsyncCommand<ExportCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("Folder to write the site into (created if missing).")]
        public string Folder { get; init; } = "";

        [CommandOption("--site <URL>")]
        [Description("Export a site that is already running at URL (default: start this repository's site on loopback, with the same settings).")]
        public string? Site { get; init; }

        public override ValidationResult Validate() =>
            Site is not null && !Uri.TryCreate(Site, UriKind.Absolute, out _) ? ValidationResult.Error("--site must be an absolute URL such as http://127.0.0.1:5080")
            : File.Exists(Folder) ? ValidationResult.Error($"{Folder}: is a file, not a folder")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        Process? server = null;
        var site = options.Site;
        try
        {
            if (site is null)
            {
                (server, site) = await StartSiteAsync(cancellationToken);
                if (server is null)
                {
                    Console.Error.WriteLine($"error: {site}");
                    return 1;
                }
            }

            using var client = new HttpClient { BaseAddress = new Uri(site), Timeout = TimeSpan.FromSeconds(60) };
            ExportResult? result = null;
            await AnsiConsole.Status().StartAsync("Exporting", async status =>
            {
                result = await new StaticExporter(client, options.Folder).ExportAsync(new Progress<string>(p => status.Status(Markup.Escape(p))), cancellationToken);
            });
            foreach (var problem in result!.Problems)
            {
                Console.WriteLine($"warning: {problem}");
            }

            AnsiConsole.MarkupLine(Markup.Escape($"Exported {result.Pages} pages and {result.Assets} files to {Path.GetFullPath(options.Folder)}"));
            return 0;
        }
        catch (HttpRequestException ex)
        {
            Console.Error.WriteLine($"error: {site}: {ex.Message}");
            return 1;
        }
        finally
        {
            if (server is { HasExited: false })
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>Runs this repository's site in Production on a free loopback port until it is ready.</summary>
    private static async Task<(Process?, string)> StartSiteAsync(CancellationToken cancellation)
    {
        var web = Settings.WebProjectFolder();
        if (web is null)
        {
            return (null, "cannot find src/Wayfinder.Web; run from the repository or give --site");
        }

        int port;
        using (var probe = new TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "run", "--project", web, "--no-launch-profile", "--", "--urls", url })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient();
        for (var i = 0; i < 600 && !process.HasExited; i++)
        {
            try
            {
                if ((await client.GetAsync(url + "/healthz/ready", cancellation)).IsSuccessStatusCode)
                {
                    return (process, url);
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200, cancellation);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        return (null, "the site did not start; run 'dotnet run --project src/Wayfinder.Web' to see why");
    }
}
