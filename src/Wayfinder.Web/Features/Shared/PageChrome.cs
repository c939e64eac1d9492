using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;
using Wayfinder.Web.Features.Preferences;
using Wayfinder.Web.Infrastructure;

namespace Wayfinder.Web.Features.Shared;

/// <summary>
/// Everything the layout needs to draw the page around its content: language, title, links to
/// the translation, banners and notices. Built by <see cref="PageChromeFactory"/>.
/// </summary>
public sealed record PageChrome
{
    public const string ViewDataKey = "Wayfinder.Chrome";

    public required string Lang { get; init; }
    public required SiteConfig Site { get; init; }
    public required SiteLanguage Text { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }

    /// <summary>Absolute canonical URL of this page, or null for pages that should not be indexed.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>hreflang alternates: language code to absolute URL.</summary>
    public IReadOnlyList<(string HrefLang, string Url)> Alternates { get; init; } = [];

    /// <summary>Where the language toggle goes; a translated section when the page is not translated.</summary>
    public required string ToggleHref { get; init; }
    public ContentItem? Item { get; init; }

    /// <summary>The content the page was built from, for parts that look up related pages.</summary>
    public ContentSnapshot? Snapshot { get; init; }
    public string? JsonLd { get; init; }
    public IReadOnlyList<Banner> Banners { get; init; } = [];
    public bool ShowOutdatedBrowserNotice { get; init; }
    public required string ReturnPath { get; init; }

    /// <summary>True when the visitor arrived from a page that has no translation in this language.</summary>
    public bool ShowNotTranslatedNote { get; init; }
    public bool NoIndex { get; init; }

    public string OtherLang => Languages.Other(Lang);
    public SiteLanguage OtherText => Site.For(OtherLang);
}

public sealed class PageChromeFactory(ContentStore store, IConfiguration configuration, TimeProvider time)
{
    public const string NotTranslatedQuery = "untranslated";

    public ContentSnapshot Snapshot => store.Current;

    public PageChrome Create(HttpContext context, string lang, string title, string description, ContentItem? item = null,
        string? alternatePath = null, bool noIndex = false)
    {
        var snapshot = store.Current;
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var dismissed = Dismissals.Read(request);
        var today = DateOnly.FromDateTime(time.GetLocalNow().Date);

        var translation = item is null ? null : snapshot.TranslationOf(item);
        var togglePath = item is null
            ? alternatePath ?? "/" + Languages.Other(lang) + "/"
            : translation?.Url ?? TranslatedSection(snapshot, item) + "?" + NotTranslatedQuery + "=1";

        var alternates = new List<(string, string)>();
        if (!noIndex)
        {
            alternates.Add((lang, Absolute(request, path)));
            var other = item is null ? alternatePath : translation?.Url;
            if (other is not null)
            {
                alternates.Add((Languages.Other(lang), Absolute(request, other)));
            }

            alternates.Add(("x-default", Absolute(request, "/")));
        }

        return new PageChrome
        {
            Lang = lang,
            Site = snapshot.Site,
            Text = snapshot.Site.For(lang),
            Snapshot = snapshot,
            Title = title,
            Description = description,
            CanonicalUrl = noIndex ? null : Absolute(request, path),
            Alternates = alternates,
            ToggleHref = togglePath,
            Item = item,
            JsonLd = item is null ? null : JsonLd.For(item, Absolute(request, path), snapshot.Site.Name),
            Banners = snapshot.Site.ActiveBanners(today).Where(b => !dismissed.Contains(b.Id)).ToList(),
            ShowOutdatedBrowserNotice = !dismissed.Contains(Dismissals.OutdatedBrowserId) && BrowserSupport.IsOutdated(request.Headers.UserAgent),
            ReturnPath = path + request.QueryString.Value,
            ShowNotTranslatedNote = request.Query.ContainsKey(NotTranslatedQuery),
            NoIndex = noIndex,
        };
    }

    /// <summary>The nearest parent section of an untranslated page that exists in the other language.</summary>
    private static string TranslatedSection(ContentSnapshot snapshot, ContentItem item)
    {
        var path = item.Url ?? "/" + item.Lang + "/";
        while (path.LastIndexOf('/') > 0)
        {
            path = path[..path.LastIndexOf('/')];
            if (snapshot.FindByUrl(path) is { } parent && snapshot.TranslationOf(parent)?.Url is { } url)
            {
                return url;
            }
        }

        return "/" + Languages.Other(item.Lang) + "/";
    }

    private string Absolute(HttpRequest request, string path)
    {
        var baseUrl = configuration["Site:BaseUrl"];
        return string.IsNullOrWhiteSpace(baseUrl)
            ? $"{request.Scheme}://{request.Host}{path}"
            : baseUrl.TrimEnd('/') + path;
    }
}
