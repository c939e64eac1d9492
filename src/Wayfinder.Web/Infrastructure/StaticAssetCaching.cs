using Microsoft.AspNetCore.StaticAssets;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Fingerprinted static assets (<c>site.abc123.css</c>) never change under their name, so they
/// are cached for a year. ASP.NET sets that only for published apps; Wayfinder also runs with
/// <c>dotnet run</c> in Production, so the rule is applied here from the endpoint's own metadata.
/// </summary>
public static class StaticAssetCaching
{
    private const string Immutable = "public, max-age=31536000, immutable";

    public static IApplicationBuilder UseFingerprintedAssetCaching(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var descriptor = context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>();
            var fingerprint = descriptor?.Properties.FirstOrDefault(p => p.Name == "fingerprint")?.Value;
            if (fingerprint is not null && descriptor!.Route.Contains(fingerprint, StringComparison.Ordinal))
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                    {
                        context.Response.Headers.CacheControl = Immutable;
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
}
