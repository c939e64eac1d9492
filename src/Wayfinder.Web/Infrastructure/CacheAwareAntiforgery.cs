using Microsoft.AspNetCore.Antiforgery;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Marks every response that carries an antiforgery token, however the token was made (a form
/// tag helper, a page model, an endpoint), so <see cref="ContentCachePolicy"/> never stores it. A
/// token belongs to one visitor's cookie: served from the output cache to anyone else, the form
/// fails for them and loses what they typed (ADR 4). Marking at the source keeps that promise for
/// every form, including forms added later, rather than relying on each page to remember.
/// </summary>
public sealed class CacheAwareAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public const string IssuedItem = "Wayfinder.AntiforgeryIssued";

    public static bool Issued(HttpContext context) => context.Items.ContainsKey(IssuedItem);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        Mark(httpContext);
        return inner.GetAndStoreTokens(httpContext);
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext)
    {
        Mark(httpContext);
        return inner.GetTokens(httpContext);
    }

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        Mark(httpContext);
        inner.SetCookieTokenAndHeader(httpContext);
    }

    private static void Mark(HttpContext httpContext)
    {
        httpContext.Items[IssuedItem] = true;
        // Nor may a browser, proxy or CDN keep a page with someone's token in it.
        httpContext.Response.Headers.CacheControl = "no-store, no-cache";
    }

    /// <summary>Wraps the framework's antiforgery service; call after AddRazorPages.</summary>
    public static void Register(IServiceCollection services)
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("Antiforgery must be registered before it can be wrapped.");
        services.Remove(descriptor);
        services.AddSingleton<IAntiforgery>(sp => new CacheAwareAntiforgery(descriptor.ImplementationType is { } type
            ? (IAntiforgery)ActivatorUtilities.CreateInstance(sp, type)
            : descriptor.ImplementationFactory is { } factory ? (IAntiforgery)factory(sp) : (IAntiforgery)descriptor.ImplementationInstance!));
    }
}
