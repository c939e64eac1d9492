namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Forms on output-cached pages cannot carry a per-visitor antiforgery token, so their endpoints
/// accept only requests from this site's own origin (ADR 0004).
/// </summary>
public static class SameOrigin
{
    public static bool Check(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site")
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin == "null")
        {
            // An opaque origin (a sandboxed frame, a data: page, a file) is never this site; a
            // browser of ours that sends it also says where it came from.
            return fetchSite == "same-origin";
        }

        if (string.IsNullOrEmpty(origin))
        {
            // Old browsers send neither header on same-origin posts; SameSite=Lax cookies and the
            // harmlessness of these actions make this acceptable.
            return fetchSite is "" or "same-origin" or "none";
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
