using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Wayfinder.Content.Loading;

namespace Wayfinder.Web.Features.Drugs;

/// <summary>
/// Prints a page to a tagged, accessible PDF with the machine's Chromium (Debian:
/// <c>/usr/bin/chromium</c>; setting <c>Pdf:ChromiumPath</c>). It loads the page from this
/// server's own loopback address, so what it prints is exactly the print view. Without Chromium,
/// <see cref="IsAvailable"/> is false and sheets hide the download link (the print view remains).
/// Results are kept per content version: a sheet is printed once until the content changes.
/// </summary>
public sealed class PdfRenderer(IConfiguration configuration, IServer server, ContentStore store, ILogger<PdfRenderer> logger)
{
    private readonly ConcurrentDictionary<(string Path, long Version), byte[]> cache = new();
    private readonly SemaphoreSlim oneAtATime = new(1);

    public string ChromiumPath => configuration["Pdf:ChromiumPath"] is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public bool IsAvailable => File.Exists(ChromiumPath) && LocalAddress() is not null;

    public async Task<byte[]?> RenderAsync(string path, CancellationToken cancellation)
    {
        var key = (path, store.Current.Version);
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var pdf = await PrintAsync(path, page => Task.CompletedTask, cancellation);
        if (pdf is not null)
        {
            cache[key] = pdf;
        }

        return pdf;
    }

    /// <summary>
    /// Prints a self-check result: Chromium opens the form, fills in the person's answers and
    /// submits it, so the PDF is the result page itself. The answers pass through memory only and
    /// nothing is cached.
    /// </summary>
    public Task<byte[]?> RenderSelfCheckAsync(string formPath, IReadOnlyDictionary<string, string> answers, CancellationToken cancellation) =>
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

    private async Task<byte[]?> PrintAsync(string path, Func<IPage, Task> prepare, CancellationToken cancellation)
    {
        if (!IsAvailable)
        {
            return null;
        }

        await oneAtATime.WaitAsync(cancellation);
        try
        {
            await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                ],
            });
            await using var page = await browser.NewPageAsync();
            await page.GoToAsync(LocalAddress() + path, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 30_000 });
            await prepare(page);
            return await page.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.Letter,
                PrintBackground = true,
                Tagged = true,
                Outline = true,
                MarginOptions = new MarginOptions { Top = "15mm", Bottom = "15mm", Left = "15mm", Right = "15mm" },
            });
        }
        catch (Exception ex) when (ex is PuppeteerException or IOException or TimeoutException or InvalidOperationException)
        {
            // The path only, never the answers: a self-check must leave no trace.
            logger.LogError(ex, "Printing {Path} to PDF failed", path);
            return null;
        }
        finally
        {
            oneAtATime.Release();
        }
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

/// <summary><c>GET /en/drugs/{slug}/pdf</c>: the sheet as a PDF download.</summary>
public static class DrugPdfEndpoint
{
    public static void MapDrugPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet("/en/drugs/{slug}/pdf", (string slug, HttpContext context, ContentStore store, PdfRenderer pdf, CancellationToken cancellation) =>
            Render("/en/drugs/" + slug, context, store, pdf, cancellation)).ExcludeFromDescription();
        app.MapGet("/fr/medicaments/{slug}/pdf", (string slug, HttpContext context, ContentStore store, PdfRenderer pdf, CancellationToken cancellation) =>
            Render("/fr/medicaments/" + slug, context, store, pdf, cancellation)).ExcludeFromDescription();
    }

    private static async Task<IResult> Render(string path, HttpContext context, ContentStore store, PdfRenderer pdf, CancellationToken cancellation)
    {
        if (store.Current.FindByUrl(path) is not Wayfinder.Content.Model.Drug drug || !pdf.IsAvailable)
        {
            return Results.NotFound();
        }

        var bytes = await pdf.RenderAsync(path, cancellation);
        return bytes is null
            ? Results.Problem(statusCode: 503, title: "PDF unavailable", detail: "The PDF could not be made just now. Use your browser's print option instead.")
            : Results.File(bytes, "application/pdf", $"{drug.Slug}.pdf");
    }
}
