using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Web.Infrastructure;

namespace Wayfinder.Web.Features.Platform;

/// <summary>Machine-facing endpoints: sitemap, robots.txt and health checks.</summary>
public static class PlatformEndpoints
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static void MapPlatform(this WebApplication app)
    {
        app.MapGet("/sitemap.xml", (HttpContext context, ContentStore store, IConfiguration configuration) =>
            Results.Text(BuildSitemap(store.Current, BaseUrl(context, configuration)), "application/xml", Encoding.UTF8))
            .CacheOutput(ContentCachePolicy.Name).ExcludeFromDescription();

        app.MapGet("/robots.txt", (HttpContext context, IConfiguration configuration) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /preferences/\nDisallow: /error/\n\nSitemap: {BaseUrl(context, configuration)}/sitemap.xml\n", "text/plain"))
            .ExcludeFromDescription();

        // Liveness: the process answers. Readiness: content is loaded without errors.
        // GET and HEAD only: a probe never changes anything, and other methods get a 405.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteReadiness })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
    }

    /// <summary>Readiness is for operators and load balancers: each check, its state and why, one per line.</summary>
    private static Task WriteReadiness(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status}{(string.IsNullOrEmpty(e.Value.Description) ? "" : ": " + e.Value.Description)}");
        return context.Response.WriteAsync($"{report.Status}\n{string.Join('\n', lines)}\n", context.RequestAborted);
    }

    public static string BuildSitemap(ContentSnapshot snapshot, string baseUrl)
    {
        var urls = snapshot.Pages.OrderBy(p => p.Url, StringComparer.Ordinal).Select(page =>
        {
            var element = new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", baseUrl + page.Url),
                new XElement(Sitemap + "lastmod", page.LastModified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            if (snapshot.TranslationOf(page) is { Url: { } translated })
            {
                element.Add(Alternate(page.Lang, baseUrl + page.Url), Alternate(Languages.Other(page.Lang), baseUrl + translated));
            }

            return element;
        });

        // The application's own listings (drugs A to Z, cancer types...), from the route table.
        var routes = Wayfinder.Content.Site.SiteRoutes.SitemapPages.SelectMany(route =>
            new[] { route.English, route.French }.Distinct(StringComparer.Ordinal).Select(path =>
            {
                var element = new XElement(Sitemap + "url", new XElement(Sitemap + "loc", baseUrl + path));
                if (route.English != route.French)
                {
                    element.Add(Alternate(Languages.English, baseUrl + route.English), Alternate(Languages.French, baseUrl + route.French));
                }

                return element;
            }));

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls.Concat(routes)));
        return document.Declaration + "\n" + document.Root;
    }

    private static XElement Alternate(string lang, string href) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", lang), new XAttribute("href", href));

    private static string BaseUrl(HttpContext context, IConfiguration configuration)
    {
        var configured = configuration["Site:BaseUrl"];
        return string.IsNullOrWhiteSpace(configured) ? $"{context.Request.Scheme}://{context.Request.Host}" : configured.TrimEnd('/');
    }
}

/// <summary>Ready when a snapshot is loaded and has no errors that block serving.</summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!store.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(store.LoadProblem is { } problem
                ? $"Content could not be loaded, so pages answer 503: {problem}"
                : "Content is not loaded yet."));
        }

        var blocking = store.Current.Diagnostics.Where(d => d.BlocksServing).ToList();
        return Task.FromResult(blocking.Count == 0
            ? HealthCheckResult.Healthy($"{store.Current.Items.Count} content items loaded.")
            : HealthCheckResult.Unhealthy($"Content has {blocking.Count} errors; pages from the files in error are not served. First: {blocking[0]}. Run 'check' for all of them."));
    }
}

/// <summary>Ready once this node has built its search index.</summary>
public sealed class SearchHealthCheck(Search.SiteSearch search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(search.Current is { } index
            ? HealthCheckResult.Healthy($"Search index holds {index.DocumentCount} documents ({search.IndexedTrials} trials).")
            : HealthCheckResult.Unhealthy("The search index is being built."));
}
