using Microsoft.AspNetCore.OutputCaching;
using Wayfinder.Web.Features.Preferences;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Output caching for rendered pages. A page differs between visitors only by the banners they
/// closed and by the outdated-browser notice, so those (not the whole cookie header) are the key.
/// Entries are tagged so a new content snapshot evicts them all.
/// </summary>
public sealed class ContentCachePolicy(WayfinderMetrics metrics) : IOutputCachePolicy
{
    public const string Name = "content";
    public const string Tag = "content";

    /// <summary>A page can shorten how long it is cached by putting a TimeSpan in HttpContext.Items under this key.</summary>
    public const string ExpiryItem = "Wayfinder.CacheExpiry";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["visitor"] = Dismissals.VaryKey(context.HttpContext);

        // The built-in key ignores case, but /en/Palliative-Care must redirect, not be served
        // the cached /en/palliative-care.
        context.CacheVaryByRules.VaryByValues["path"] = request.Path.Value ?? "/";
        context.Tags.Add(Tag);
        if (cacheable)
        {
            metrics.CacheLookup();
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.CacheHit();
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (context.HttpContext.Items[ExpiryItem] is TimeSpan expiry)
        {
            context.ResponseExpirationTimeSpan = expiry;
        }

        // Never store a response that sets a cookie (it would hand one visitor's cookie to all) or
        // carries a form token (a visitor who already has the cookie gets a page that sets none,
        // yet its token is theirs alone), and only store successes, so a transient error is not
        // repeated for an hour.
        if (response.StatusCode != StatusCodes.Status200OK || !StringValuesIsEmpty(response.Headers.SetCookie)
            || CacheAwareAntiforgery.Issued(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool StringValuesIsEmpty(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0;
}
