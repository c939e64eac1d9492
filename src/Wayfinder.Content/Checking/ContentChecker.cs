using Wayfinder.Content.Schemas;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;

namespace Wayfinder.Content.Checking;

/// <summary>
/// Rules that look across items: translations pair up, ids and URLs are unique, internal links
/// and anchors resolve (links to planned pages are pending, not errors), organisations exist,
/// review dates are in order and not past.
/// </summary>
public static class ContentChecker
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<ContentItem> items, DateOnly today, PlainLanguageChecks? checks = null, bool editorial = true,
        IReadOnlyCollection<string>? plannedPages = null)
    {
        var planned = new HashSet<string>(plannedPages ?? [], StringComparer.Ordinal);
        var byLangId = new Dictionary<(string, string), ContentItem>();
        var byUrl = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byLangId.TryAdd((item.Lang, item.Id), item))
            {
                yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                    $"id '{item.Id}' is already used by {byLangId[(item.Lang, item.Id)].SourcePath}");
            }

            if (item.Url is not null && !byUrl.TryAdd(item.Url, item))
            {
                yield return new Diagnostic(item.SourcePath, 1, Severity.Error,
                    $"URL {item.Url} is already served by {byUrl[item.Url].SourcePath}");
            }
        }

        foreach (var d in editorial ? PlainLanguageChecker.Check(items, checks ?? new PlainLanguageChecks()) : [])
        {
            yield return d;
        }

        foreach (var item in items)
        {
            foreach (var d in CheckTranslation(item, byLangId))
            {
                yield return d;
            }

            foreach (var d in CheckReviewDates(item, today))
            {
                yield return d;
            }

            // The schema keeps 'changes' optional so older content packs still load; an editor who
            // adds a page without it is told, because its readers would see no "What changed".
            if (editorial && item.Url is not null && item.Changes.Count == 0)
            {
                yield return new Diagnostic(item.SourcePath, 2, Severity.Warning,
                    "no 'changes:' list, so the page shows no \"What changed\": start one with the day it was first published (a date and a one-line note)", Rules.Review);
            }

            if (ContentSchemas.RequiredSections(item).Count > 0)
            {
                foreach (var d in CheckRequiredSections(item, ContentSchemas.RequiredSections(item)))
                {
                    yield return d;
                }
            }

            var links = item.Links.AsEnumerable();
            if (item is CancerType hub)
            {
                links = links.Concat(hub.AudienceGroups.SelectMany(g => g.Links).Select(l => new ContentLink(l.Href, l.Line)));
                foreach (var id in hub.OrganisationIds.Where(id => !byLangId.TryGetValue((item.Lang, id), out var o) || o is not Organisation))
                {
                    yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                        $"organisation '{id}' does not exist in content/{item.Lang}/organisations");
                }

                foreach (var id in hub.TopicIds.Where(id => !byLangId.TryGetValue((item.Lang, id), out var t) || t.Type != ContentType.Topic))
                {
                    yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                        $"topic '{id}' in 'topics' is not a topic page in content/{item.Lang}");
                }
            }

            foreach (var link in links)
            {
                var d = CheckLink(item.SourcePath, item.Anchors, link, byUrl, planned);
                if (d is not null)
                {
                    yield return d;
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> CheckTranslation(ContentItem item, Dictionary<(string, string), ContentItem> byLangId)
    {
        if (item.Lang == Languages.French)
        {
            if (item.TranslationOf is null)
            {
                yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                    "French items need 'translation_of' with the id of the English item", Rules.Translation);
            }
            else if (!byLangId.ContainsKey((Languages.English, item.TranslationOf)))
            {
                yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                    $"'translation_of' names '{item.TranslationOf}', but no English item has that id", Rules.Translation);
            }
            else if (item.TranslationOf != item.Id)
            {
                yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                    $"'id' must be the same in both languages: use '{item.TranslationOf}'", Rules.Translation);
            }
        }
        else if (item.TranslationOf is not null)
        {
            yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                "'translation_of' belongs on French items only", Rules.Translation);
        }
        else if (!byLangId.ContainsKey((Languages.French, item.Id)))
        {
            yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                $"no French translation: add a file in content/fr with 'translation_of: {item.Id}'", Rules.Translation);
        }
    }

    private static IEnumerable<Diagnostic> CheckReviewDates(ContentItem item, DateOnly today)
    {
        if (item.NextReview <= item.Reviewed)
        {
            yield return new Diagnostic(item.SourcePath, 2, Severity.Error, "'next_review' must be after 'reviewed'");
        }

        if (item.Reviewed > today)
        {
            yield return new Diagnostic(item.SourcePath, 2, Severity.Error, $"'reviewed' ({item.Reviewed:yyyy-MM-dd}) is in the future");
        }

        if (item.NextReview < today)
        {
            yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                $"review is overdue: 'next_review' was {item.NextReview:yyyy-MM-dd}", Rules.ReviewOverdue);
        }

        foreach (var change in item.Changes.Where(c => c.Date > today))
        {
            yield return new Diagnostic(item.SourcePath, change.Line, Severity.Error,
                $"change date {change.Date:yyyy-MM-dd} is in the future", Rules.Review);
        }
    }

    /// <summary>A page of a structured type has every required section, in order.</summary>
    private static IEnumerable<Diagnostic> CheckRequiredSections(ContentItem item, IReadOnlyList<string> sections)
    {
        var kind = item.Type switch
        {
            ContentType.Drug => "drug sheet",
            ContentType.DrugMonograph => "drug monograph",
            ContentType.SideEffect => "side-effect sheet",
            _ => "symptom guide",
        };
        foreach (var missing in sections.Where(s => !item.Anchors.Contains(s)))
        {
            yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                $"{kind} is missing the section {{#{missing}}}: sections are {string.Join(", ", sections.Select(s => "#" + s))}");
        }

        var present = sections.Where(item.Anchors.Contains).ToList();
        var actual = item.SectionOrder.Where(present.Contains).ToList();
        if (present.Count == actual.Count && !present.SequenceEqual(actual))
        {
            yield return new Diagnostic(item.SourcePath, 2, Severity.Error,
                $"{kind} sections are out of order: expected {string.Join(", ", present)}");
        }
    }

    private static bool IsBrandAddress(string path, Dictionary<string, ContentItem> byUrl) =>
        byUrl.Values.OfType<Drug>().Any(d => path == d.Url![..d.Url!.LastIndexOf('/')] + "/" + path[(path.LastIndexOf('/') + 1)..]
            && d.BrandNames.Any(b => Drug.SlugOf(b) == path[(path.LastIndexOf('/') + 1)..]));

    private static bool IsViewAll(string path, Dictionary<string, ContentItem> byUrl)
    {
        var cut = path.LastIndexOf('/');
        return cut > 0 && byUrl.TryGetValue(path[..cut], out var parent) && parent is CancerType { TopicIds.Count: > 0 }
            && path[(cut + 1)..] == SiteRoutes.ViewAllSegment(parent.Lang);
    }

    /// <summary>Links in site.yaml (navigation, footer, banners) must resolve like links in pages.</summary>
    public static IEnumerable<Diagnostic> CheckSiteLinks(SiteConfig site, IReadOnlyList<ContentItem> items)
    {
        var byUrl = items.Where(i => i.Url is not null).GroupBy(i => i.Url!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var links = site.Languages.Values.SelectMany(l => l.Navigation.Concat(l.FooterLinks))
            .Concat(site.Banners.SelectMany(b => b.Text.Values.SelectMany(t => t.Links)))
            .Concat(site.OutdatedBrowser.Values.SelectMany(n => n.Links));
        return links.Select(l => CheckLink("site.yaml", new HashSet<string>(), new ContentLink(l.Href, 1), byUrl, new HashSet<string>())).OfType<Diagnostic>();
    }

    private static Diagnostic? CheckLink(string sourcePath, IReadOnlySet<string> anchors, ContentLink link, Dictionary<string, ContentItem> byUrl, HashSet<string> planned)
    {
        var href = link.Href;
        Diagnostic Error(string message) => new(sourcePath, link.Line, Severity.Error, message, Rules.Link);

        if (href.Length == 0)
        {
            return Error("a link has no address");
        }

        if (href.StartsWith('#'))
        {
            return anchors.Contains(href[1..]) ? null : Error($"link to {href}: no heading on this page has that anchor");
        }

        if (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return new Diagnostic(sourcePath, link.Line, Severity.Warning, $"link to {href}: use https://", Rules.Link);
        }

        if (href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!href.StartsWith('/'))
        {
            return Error($"link to {href}: write internal links as site paths starting with '/'");
        }

        var path = href.Split('?', '#')[0];
        var fragment = href.Contains('#', StringComparison.Ordinal) ? href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..] : null;
        if (byUrl.TryGetValue(path, out var target))
        {
            return fragment is null || target.Anchors.Contains(fragment)
                ? null
                : Error($"link to {href}: {target.SourcePath} has no heading with anchor '{fragment}'");
        }

        if (SiteRoutes.IsApplicationPage(path) || IsViewAll(path, byUrl) || IsBrandAddress(path, byUrl))
        {
            return null;
        }

        return planned.Contains(path)
            ? new Diagnostic(sourcePath, link.Line, Severity.Pending, $"link to {path}: planned page, not written yet", Rules.Link)
            : Error($"link to {path}: no page has that address");
    }
}
