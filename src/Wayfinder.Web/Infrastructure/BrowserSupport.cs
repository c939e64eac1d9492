using System.Text.RegularExpressions;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Decides from the User-Agent, on the server, whether to show the outdated-browser notice, so
/// the notice works with JavaScript off and old browsers get it without running modern script.
/// The rule is documented in docs/browser-support.md: Internet Explorer, legacy Edge (EdgeHTML),
/// Opera Mini, and Chrome/Chromium/Edge before 109, Firefox before 115 and Safari before 15.4.
/// Unknown agents (bots, screen-reader browsers we do not recognise) never see the notice.
/// </summary>
public static partial class BrowserSupport
{
    public static bool IsOutdated(string? userAgent)
    {
        if (string.IsNullOrEmpty(userAgent))
        {
            return false;
        }

        if (OldInternetExplorer().IsMatch(userAgent) || LegacyEdge().IsMatch(userAgent) || userAgent.Contains("Opera Mini", StringComparison.Ordinal))
        {
            return true;
        }

        if (Version(Firefox(), userAgent) is { } firefox)
        {
            return firefox < 115;
        }

        if (Version(Chromium(), userAgent) is { } chrome)
        {
            return chrome < 109;
        }

        if (Version(Safari(), userAgent) is { } safari && userAgent.Contains("Safari/", StringComparison.Ordinal))
        {
            return safari < 15.4m;
        }

        return false;
    }

    private static decimal? Version(Regex pattern, string userAgent)
    {
        var match = pattern.Match(userAgent);
        return match.Success && decimal.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.Number,
            System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    [GeneratedRegex(@"MSIE \d|Trident/")]
    private static partial Regex OldInternetExplorer();

    [GeneratedRegex(@"Edge/\d")]
    private static partial Regex LegacyEdge();

    [GeneratedRegex(@"Firefox/(\d+)")]
    private static partial Regex Firefox();

    [GeneratedRegex(@"(?:Chrome|Chromium|CriOS)/(\d+)")]
    private static partial Regex Chromium();

    [GeneratedRegex(@"Version/(\d+(?:\.\d+)?)")]
    private static partial Regex Safari();
}
