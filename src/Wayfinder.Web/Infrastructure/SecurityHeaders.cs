using Microsoft.Extensions.Primitives;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Strict headers on every response (DESIGN section 7). The policy allows only our own origin
/// and no inline script or style, so every page must keep its script and CSS in files.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // Allocated once: these are written on every response, including cached ones.
    private static readonly StringValues Csp = ContentSecurityPolicy;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues Referrer = "strict-origin-when-cross-origin";
    private static readonly StringValues Permissions = "camera=(), microphone=(), geolocation=(self), interest-cohort=()";
    private static readonly StringValues SameOrigin = "same-origin";

    /// <summary>
    /// Sets the headers before the rest of the pipeline runs. The exception handler clears
    /// headers when it re-executes for an error page, but the re-execution passes through here
    /// again, so error pages carry them too.
    /// </summary>
    public static IApplicationBuilder UseWayfinderSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Csp;
            headers.XContentTypeOptions = NoSniff;
            headers.XFrameOptions = Deny;
            headers["Referrer-Policy"] = Referrer;
            headers["Permissions-Policy"] = Permissions;
            headers["Cross-Origin-Opener-Policy"] = SameOrigin;
            return next(context);
        });
}
