using Microsoft.Net.Http.Headers;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// The four text faces every page uses (about 46 KB), preloaded with a <c>Link</c> header so they
/// arrive with the style sheets, before the first paint. <c>site.css</c> declares them with
/// <c>font-display: optional</c>: a face that comes late is not swapped in, so nothing moves.
/// A header rather than <c>&lt;link&gt;</c> elements keeps the hub's HTML inside its budget.
/// </summary>
public static class FontPreload
{
    private static readonly string[] Faces =
    [
        "open-sans-400/open-sans-400.woff2",
        "open-sans-600/open-sans-600.woff2",
        "open-sans-700/open-sans-700.woff2",
        "raleway-modified-700/raleway-modified-700.woff2",
    ];

    /// <summary>Fonts are fetched in CORS mode, so the preload says <c>crossorigin</c> to be reused.</summary>
    public static readonly string Header = string.Join(", ",
        Faces.Select(face => $"</lib/ontario-design-system/fonts/{face}>; rel=preload; as=font; type=\"font/woff2\"; crossorigin"));

    public static void AddTo(HttpResponse response) => response.Headers.Append(HeaderNames.Link, Header);
}
