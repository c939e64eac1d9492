using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Prints a page to a tagged, accessible PDF with the machine's Chromium (Debian:
/// <c>/usr/bin/chromium</c>; setting <c>Pdf:ChromiumPath</c>). It loads the page from this
/// server's own loopback address, so what it prints is exactly the print view. Without Chromium,
/// <see cref="IsAvailable"/> is false and sheets hide the download link (the print view remains).
/// Results are kept per content version: a sheet is printed once until the content changes.
/// </summary>
public sealed class PdfRenderer(IConfiguration configuration, IServer server, ContentStore store, ILogger<PdfRenderer> logger)
{
    /// <summary>What a caller gets: the PDF, or null when printing failed; <c>Busy</c> when the queue was full.</summary>
    public sealed record Outcome(byte[]? Pdf, bool Busy)
    {
        /// <summary>When to try again, for the 503's Retry-After: soon when busy, later when printing failed.</summary>
        public string RetryAfterSeconds => Busy ? "30" : "120";

        public string Problem => Busy
            ? "Many PDFs are being made just now. Try again in a minute, or use your browser's print option."
            : "The PDF could not be made just now. Use your browser's print option instead.";
    }

    // A drug sheet is printed once per content version; callers asking at the same time share
    // the one printing.
    private readonly ConcurrentDictionary<(string Path, long Version), Lazy<Task<Outcome>>> cache = new();

    // One Chromium at a time; a few callers may wait (Pdf:MaxWaiting), the rest are told to come back.
    private readonly WorkQueue queue = new(configuration.GetValue("Pdf:MaxWaiting", 3));

    public string ChromiumPath => configuration["Pdf:ChromiumPath"] is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public bool IsAvailable => File.Exists(ChromiumPath) && LocalAddress() is not null;

    public async Task<Outcome> RenderAsync(string path, CancellationToken cancellation)
    {
        var key = (path, store.Current.Version);
        foreach (var stale in cache.Keys.Where(k => k.Version != key.Version))
        {
            cache.TryRemove(stale, out _);
        }

        // Printed with no caller's cancellation: the sheet is shared by everyone who asks.
        var printing = cache.GetOrAdd(key, _ => new Lazy<Task<Outcome>>(() => PrintAsync(path, _ => Task.CompletedTask, CancellationToken.None)));
        var outcome = await printing.Value.WaitAsync(cancellation);
        if (outcome.Pdf is null)
        {
            // A failure or a full queue is not kept: the next caller tries again.
            cache.TryRemove(new KeyValuePair<(string, long), Lazy<Task<Outcome>>>(key, printing));
        }

        return outcome;
    }

    /// <summary>
    /// Prints a self-check result: Chromium opens the form, fills in the person's answers and
    /// submits it, so the PDF is the result page itself. The answers pass through memory only and
    /// nothing is cached.
    /// </summary>
    public Task<Outcome> RenderSelfCheckAsync(string formPath, IReadOnlyDictionary<string, string> answers, CancellationToken cancellation) =>
        PrintAsync(formPath, async page =>
        {
            foreach (var (name, value) in answers)
            {
                await page.EvaluateFunctionAsync(
                    "(name, value) => { const input = document.querySelector(`input[name=\"${name}\"][value=\"${value}\"]`); if (input) { input.checked = true; } }",
                    name, value);
            }

            await Task.WhenAll(
                page.WaitForNavigationAsync(new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 30_000 }),
                page.EvaluateExpressionAsync("document.querySelector('form#self-check').submit()"));
        }, cancellation);

    /// <summary>
    /// Prints a symptom record's visit summary: Chromium opens the record page and posts the
    /// results to the summary, so the PDF is the printable summary itself. The results pass through
    /// memory only and nothing is cached.
    /// </summary>
    public Task<Outcome> RenderRecordSummaryAsync(string recordPath, IReadOnlyList<string> results, int periodWeeks, CancellationToken cancellation) =>
        PrintAsync(recordPath, async page =>
        {
            await Task.WhenAll(
                page.WaitForNavigationAsync(new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 30_000 }),
                page.EvaluateFunctionAsync(
                    """
                    (action, results, period) => {
                      const form = document.createElement("form");
                      form.method = "post";
                      form.enctype = "multipart/form-data";
                      form.action = action;
                      const add = (name, value) => { const input = document.createElement("input"); input.type = "hidden"; input.name = name; input.value = value; form.appendChild(input); };
                      results.forEach(result => add("result", result));
                      add("period", String(period));
                      document.body.appendChild(form);
                      form.submit();
                    }
                    """,
                    recordPath + "?handler=summary", results, periodWeeks));
        }, cancellation);

    private async Task<Outcome> PrintAsync(string path, Func<IPage, Task> prepare, CancellationToken cancellation)
    {
        if (!IsAvailable)
        {
            return new Outcome(null, false);
        }

        var (accepted, pdf) = await queue.RunAsync(() => PrintNowAsync(path, prepare, cancellation), cancellation);
        return new Outcome(pdf, !accepted);
    }

    private async Task<byte[]?> PrintNowAsync(string path, Func<IPage, Task> prepare, CancellationToken cancellation)
    {
        // A profile folder of our own, removed afterwards: Chromium's own temporary profiles were
        // left behind when a print was cut short.
        var profile = Directory.CreateTempSubdirectory("wayfinder-pdf-").FullName;
        IBrowser? browser = null;
        try
        {
            browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                UserDataDir = profile,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                ],
            });
            await using var page = await browser.NewPageAsync();
            await page.GoToAsync(LocalAddress() + path, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 30_000 });
            await prepare(page);
            cancellation.ThrowIfCancellationRequested();

            // The page's own address (its canonical link, not the loopback one Chromium loaded)
            // and "2 / 4" go in every page's foot, so the body's "Printed from" line is not needed.
            var address = await page.EvaluateExpressionAsync<string>(
                "document.documentElement.classList.add('wf-pdf'), document.querySelector('link[rel=canonical]')?.href ?? ''");
            return await page.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.Letter,
                PrintBackground = true,
                Tagged = true,
                Outline = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = FooterTemplate(address),
                MarginOptions = new MarginOptions { Top = "10mm", Bottom = "10mm", Left = "12mm", Right = "12mm" },
            });
        }
        catch (Exception ex) when (ex is PuppeteerException or IOException or TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            // The path only, never the answers: a self-check must leave no trace.
            logger.LogError(ex, "Printing {Path} to PDF failed", path);
            return null;
        }
        finally
        {
            await CloseAsync(browser);
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The foot of each PDF page: the page's address on the left, "page / pages" on the right,
    /// in small grey type (Chromium's template has no page styles: it is styled inline).</summary>
    private static string FooterTemplate(string address) =>
        "<div style=\"font-size:7pt;color:#444;width:100%;margin:0 12mm;display:flex;justify-content:space-between;font-family:sans-serif\">"
        + $"<span>{System.Net.WebUtility.HtmlEncode(address)}</span><span><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></span></div>";

    /// <summary>Closes Chromium and every process it started before the next one may begin.</summary>
    private static async Task CloseAsync(IBrowser? browser)
    {
        if (browser is null)
        {
            return;
        }

        var process = browser.Process;
        try
        {
            await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is PuppeteerException or TimeoutException or IOException or InvalidOperationException)
        {
        }

        try
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or TimeoutException)
        {
        }

        await browser.DisposeAsync();
    }

    /// <summary>An address this server listens on, reachable from this machine.</summary>
    private string? LocalAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses?.FirstOrDefault();
        return address?.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}
