using Wayfinder.Content.Model;

namespace Wayfinder.Content.Checking;

/// <summary>One external address used by the content.</summary>
public sealed record ExternalLink(string Url, string Organisation, IReadOnlyList<string> Pages, DateOnly LastChecked);

/// <summary>
/// Collects every external link (in page bodies, sources and organisation cards). A link counts
/// as checked when a page that uses it was last reviewed, since reviewers check a page's links;
/// the organisation is the one whose site the address belongs to, else its host name.
/// </summary>
public static class ExternalLinkReport
{
    public static IReadOnlyList<ExternalLink> Build(IEnumerable<ContentItem> items)
    {
        var list = items.ToList();
        var organisations = list.OfType<Organisation>()
            .Select(o => (Host: HostOf(o.ExternalUrl), o.Title, o.Lang))
            .Where(o => o.Host is not null)
            .ToList();

        var uses = new List<(string Url, ContentItem Item)>();
        foreach (var item in list)
        {
            uses.AddRange(item.Links.Where(l => IsExternal(l.Href)).Select(l => (l.Href, item)));
            uses.AddRange(item.Sources.Select(s => (s.Url, item)));
            if (item is Organisation organisation)
            {
                uses.Add((organisation.ExternalUrl, item));
            }
        }

        return uses
            .GroupBy(u => u.Url, StringComparer.Ordinal)
            .Select(g =>
            {
                var host = HostOf(g.Key);
                var owner = organisations.Where(o => host is not null && (host == o.Host || host.EndsWith("." + o.Host, StringComparison.Ordinal)))
                    .OrderBy(o => o.Lang == Languages.English ? 0 : 1).Select(o => o.Title).FirstOrDefault();
                return new ExternalLink(
                    g.Key,
                    owner ?? host ?? g.Key,
                    g.Select(u => u.Item.SourcePath).Distinct().Order(StringComparer.Ordinal).ToList(),
                    g.Max(u => u.Item.Reviewed));
            })
            .OrderBy(l => l.Url, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsExternal(string href) =>
        href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal) : null;
}
