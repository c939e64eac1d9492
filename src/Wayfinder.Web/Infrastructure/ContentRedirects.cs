using Wayfinder.Content.Loading;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Old addresses keep working: each <c>redirects</c> entry of <c>site.yaml</c> is answered with
/// a permanent redirect. An entry with a query string matches when the request has every one of
/// its parameters, so <c>/en/drugs?nets=1</c> moves while <c>/en/drugs</c> stays.
/// </summary>
public static class ContentRedirects
{
    public static IApplicationBuilder UseContentRedirects(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var store = context.RequestServices.GetRequiredService<ContentStore>();
        if (store.IsLoaded && Match(store.Current, context.Request) is { } target)
        {
            context.Response.Redirect(target, permanent: true);
            return;
        }

        await next(context);
    });

    /// <summary>Where this request's address moved to, if it did.</summary>
    public static string? Match(ContentSnapshot snapshot, HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return null;
        }

        foreach (var redirect in snapshot.Site.Redirects)
        {
            var cut = redirect.From.IndexOf('?', StringComparison.Ordinal);
            var path = cut < 0 ? redirect.From : redirect.From[..cut];
            if (!string.Equals(request.Path.Value, path, StringComparison.Ordinal))
            {
                continue;
            }

            var wanted = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(cut < 0 ? "" : redirect.From[cut..]);
            if (wanted.All(kv => request.Query.TryGetValue(kv.Key, out var values) && kv.Value.All(v => values.Contains(v))))
            {
                return redirect.To;
            }
        }

        return null;
    }
}
