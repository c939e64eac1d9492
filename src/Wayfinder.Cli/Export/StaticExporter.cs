using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Wayfinder.Cli.Export;

/// <summary>What an export wrote, and what it could not.</summary>
public sealed record ExportResult(int Pages, int Assets, IReadOnlyList<string> Problems);

/// <summary>
/// Writes the read-only site as static files for a CDN or plain web server (DESIGN section 2):
/// it crawls a running site from its home page and sitemap, saves every page as
/// <c>path/index.html</c> and every asset under its own path, and replaces what needs the server
/// (the self-check, search, the trial finder, feedback and banner forms) with a short notice in
/// the page's language. Addresses stay the same, so a server that maps <c>/x</c> to
/// <c>/x/index.html</c> serves the copy (docs/deployment.md has an nginx example).
/// </summary>
public sealed partial class StaticExporter(HttpClient site, string outputFolder)
{
    /// <summary>Pages that only work with the server: kept, with their form replaced by a notice.</summary>
    private static readonly string[] ServerPages =
        Content.Site.SiteRoutes.Pages.Where(r => r.NeedsServer && !r.English.Contains('{', StringComparison.Ordinal)).SelectMany(r => new[] { r.English, r.French }).ToArray();

    private static readonly Dictionary<string, string> Notice = new()
    {
        ["en"] = "This is a read-only copy of the site. Search, the symptom self-check, the clinical trial finder and feedback need the full site. If a symptom worries you, call your care team, or Health811 at 811. In an emergency, call 911.",
        ["fr"] = "Ceci est une copie en lecture seule du site. La recherche, l'auto-évaluation des symptômes, la recherche d'essais cliniques et la rétroaction nécessitent le site complet. Si un symptôme vous inquiète, appelez votre équipe de soins ou Santé811 au 811. En cas d'urgence, composez le 911.",
    };

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Queue<string> queue = new();
    private readonly List<string> problems = [];
    private int pages;
    private int assets;

    public async Task<ExportResult> ExportAsync(IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        Directory.CreateDirectory(outputFolder);
        Enqueue("/");
        Enqueue("/en/");
        Enqueue("/fr/");
        Enqueue("/robots.txt");
        Enqueue("/favicon.ico");
        var sitemap = await site.GetStringAsync("/sitemap.xml", cancellation);
        await WriteAsync("/sitemap.xml", System.Text.Encoding.UTF8.GetBytes(sitemap), cancellation);
        foreach (Match loc in SitemapLocation().Matches(sitemap))
        {
            Enqueue(new Uri(loc.Groups[1].Value).AbsolutePath);
        }

        foreach (var page in ServerPages)
        {
            Enqueue(page);
        }

        while (queue.TryDequeue(out var path))
        {
            cancellation.ThrowIfCancellationRequested();
            progress?.Report(path);
            using var response = await site.GetAsync(path, cancellation);
            if (!response.IsSuccessStatusCode)
            {
                if (path != "/favicon.ico")
                {
                    problems.Add($"{path}: {(int)response.StatusCode}");
                }

                continue;
            }

            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellation);
            if (type == "text/html")
            {
                var html = await StaticPageAsync(path, System.Text.Encoding.UTF8.GetString(bytes));
                await WriteAsync(path.TrimEnd('/') + "/index.html", System.Text.Encoding.UTF8.GetBytes(html), cancellation);
                pages++;
            }
            else
            {
                if (type == "text/css")
                {
                    foreach (Match url in CssUrl().Matches(System.Text.Encoding.UTF8.GetString(bytes)))
                    {
                        EnqueueRelative(path, url.Groups[1].Value);
                    }
                }

                await WriteAsync(path, bytes, cancellation);
                assets++;
            }
        }

        return new ExportResult(pages, assets, problems);
    }

    /// <summary>Queues the page's links and assets, and takes out what needs the server.</summary>
    private async Task<string> StaticPageAsync(string path, string html)
    {
        var document = await new HtmlParser().ParseDocumentAsync(html);
        foreach (var element in document.QuerySelectorAll("a[href]:not([href$='/pdf']), link[href], script[src], img[src]"))
        {
            EnqueueRelative(path, element.GetAttribute("href") ?? element.GetAttribute("src") ?? "");
        }

        var lang = document.DocumentElement.GetAttribute("lang") == "fr" ? "fr" : "en";
        foreach (var feedback in document.QuerySelectorAll("section.wf-feedback").ToList())
        {
            feedback.Remove();
        }

        // The self-check, search and trial finder keep their page, with a notice for a form.
        var mainForms = document.QuerySelectorAll("main form").ToList();
        if (ServerPages.Contains(path) && mainForms.Count > 0)
        {
            mainForms[0].Replace(NoticeElement(document, lang));
        }

        foreach (var form in document.QuerySelectorAll("form").ToList())
        {
            form.Remove(); // the others, the header search and banner "dismiss" buttons
        }

        // PDFs of drug sheets are printed on request by the server; the copy keeps the print view.
        foreach (var pdf in document.QuerySelectorAll("a[href$='/pdf']").ToList())
        {
            var parent = pdf.ParentElement;
            pdf.Remove();
            if (parent is not null && parent.TextContent.Trim().Length == 0 && parent.Children.Length == 0)
            {
                parent.Remove();
            }
        }

        foreach (var link in document.QuerySelectorAll("a.wf-skip-link[href='#search']").ToList())
        {
            link.Remove();
        }

        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }

    private static IElement NoticeElement(IDocument document, string lang)
    {
        var notice = document.CreateElement("div");
        notice.ClassName = "wf-callout wf-callout--info wf-static-notice";
        notice.SetAttribute("role", "note");
        var text = document.CreateElement("p");
        text.TextContent = Notice[lang];
        notice.AppendChild(text);
        return notice;
    }

    private void EnqueueRelative(string from, string reference)
    {
        if (reference.Length == 0 || reference.StartsWith('#') || reference.StartsWith("data:", StringComparison.Ordinal))
        {
            return;
        }

        // A link written by someone else (a trial site's e-mail with a space after the '@') may
        // not be an address at all: report it and carry on with the rest of the site.
        if (!Uri.TryCreate(new Uri("http://site" + from), reference, out var url))
        {
            problems.Add($"{from}: skipped a link that is not a valid address: {reference}");
            return;
        }

        if (url.Host != "site" || url.Query.Length > 0)
        {
            return; // other sites, and searches or filtered views (they need the server)
        }

        Enqueue(url.AbsolutePath);
    }

    private void Enqueue(string path)
    {
        var skip = path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/fhir/", StringComparison.Ordinal)
            || path.StartsWith("/preferences/", StringComparison.Ordinal) || path.StartsWith("/error/", StringComparison.Ordinal)
            || path is "/feedback" or "/metrics" || Content.Site.SiteRoutes.Feedback.Matches(path) || path.EndsWith("/pdf", StringComparison.Ordinal)
            || path.Contains("..", StringComparison.Ordinal);
        if (!skip && seen.Add(path))
        {
            queue.Enqueue(path);
        }
    }

    private async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellation)
    {
        var file = Path.GetFullPath(Path.Combine(outputFolder, path.TrimStart('/')));
        if (!file.StartsWith(Path.GetFullPath(outputFolder), StringComparison.Ordinal))
        {
            problems.Add($"{path}: outside the export folder");
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, bytes, cancellation);
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex SitemapLocation();

    [GeneratedRegex(@"url\(\s*[""']?([^""')]+)[""']?\s*\)")]
    private static partial Regex CssUrl();
}
