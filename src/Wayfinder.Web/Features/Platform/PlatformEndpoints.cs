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
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
    }

    public static string BuildSitemap(ContentSnapshot snapshot, string baseUrl)
    {
        var urls = snapshot.Pages.OrderBy(p => p.Url, StringComparer.Ordinal).Select(page =>
        {
            var element = new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", baseUrl + page.Url),
                new XElement(Sitemap + "lastmod", page.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            if (snapshot.TranslationOf(page) is { Url: { } translated })
            {
                element.Add(Alternate(page.Lang, baseUrl + page.Url), Alternate(Languages.Other(page.Lang), baseUrl + translated));
            }

            return element;
        });

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
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
            return Task.FromResult(HealthCheckResult.Unhealthy("Content is not loaded yet."));
        }

        var errors = store.Current.Diagnostics.Count(d => d.BlocksServing);
        return Task.FromResult(errors == 0
            ? HealthCheckResult.Healthy($"{store.Current.Items.Count} content items loaded.")
            : HealthCheckResult.Unhealthy($"Content has {errors} errors; run the 'check' command."));
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
