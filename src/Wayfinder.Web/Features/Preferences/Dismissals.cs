using System.Text.RegularExpressions;
using Wayfinder.Web.Infrastructure;

namespace Wayfinder.Web.Features.Preferences;

/// <summary>
/// Remembers which banners and notices a person closed, in one functional cookie that holds only
/// their ids: no identifier, no tracking, nothing on the server.
/// </summary>
public static partial class Dismissals
{
    public const string CookieName = "wf_dismissed";
    public const string OutdatedBrowserId = "outdated-browser";
    private const int MaxIds = 20;

    public static IReadOnlySet<string> Read(HttpRequest request)
    {
        var value = request.Cookies[CookieName];
        if (string.IsNullOrEmpty(value) || value.Length > 1000)
        {
            return new HashSet<string>();
        }

        return value.Split('.', StringSplitOptions.RemoveEmptyEntries).Where(IsValidId).Take(MaxIds).ToHashSet(StringComparer.Ordinal);
    }

    public static void Add(HttpContext context, string id)
    {
        var ids = Read(context.Request).Append(id).Distinct().TakeLast(MaxIds).Order(StringComparer.Ordinal);
        context.Response.Cookies.Append(CookieName, string.Join('.', ids), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            Path = "/",
        });
    }

    /// <summary>What makes two visitors see different HTML for the same URL; part of the cache key.</summary>
    public static string VaryKey(HttpContext context) =>
        string.Join('.', Read(context.Request).Order(StringComparer.Ordinal))
        + "|" + (BrowserSupport.IsOutdated(context.Request.Headers.UserAgent) ? "old" : "ok");

    public static bool IsValidId(string id) => id.Length is > 0 and <= 60 && IdPattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex IdPattern();
}
