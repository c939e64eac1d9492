using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Content;

/// <summary>
/// Serves every content item that has a page. The item's type picks the partial that renders
/// its body (<c>_CancerType</c>, or the generic <c>_Article</c>), as GOV.UK's frontend does.
/// </summary>
public sealed class ContentPageModel(PageChromeFactory chromeFactory, Drugs.DrugPages drugs) : WayfinderPageModel
{
    public ContentItem Item { get; private set; } = null!;
    public IReadOnlyList<(string Title, string Url)> Trail { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    /// <summary>The hub and topics of this page's section, for the section navigation.</summary>
    public (CancerType Hub, IReadOnlyList<ContentItem> Topics)? Section { get; private set; }

    /// <summary>Set when the item is a drug sheet.</summary>
    public Drugs.DrugSheet? DrugSheet { get; private set; }

    /// <summary>Set when the item is a drug's monograph for providers.</summary>
    public Drugs.DrugMonographView? DrugMonograph { get; private set; }

    /// <summary>Set when this is a hub's single-page "View all" version.</summary>
    public ViewAllPage? ViewAll { get; private set; }

    public async Task<IActionResult> OnGetAsync(string lang, string? path, CancellationToken cancellation)
    {
        var snapshot = chromeFactory.Snapshot;
        var url = string.IsNullOrEmpty(path) ? $"/{lang}/" : $"/{lang}/{path}";
        // Forgive a trailing slash or capitals in a typed or pasted address, but serve each page
        // at one canonical address only.
        var item = snapshot.FindByUrl(url) ?? snapshot.FindByUrl(url.Length > 4 ? url.TrimEnd('/').ToLowerInvariant() : url.ToLowerInvariant());
        if (item is null)
        {
            if (snapshot.ViewAllOf(url) is { } viewAllHub && Request.Path.Value == url)
            {
                return ShowViewAll(viewAllHub, snapshot);
            }

            return await drugs.BrandSheetAsync(lang, url, cancellation) is { } sheet ? RedirectPermanent(sheet.Url!) : NotFound();
        }

        if (!string.Equals(Request.Path.Value, item.Url, StringComparison.Ordinal))
        {
            return RedirectPermanent(item.Url + Request.QueryString);
        }

        // The provider view of a sheet used to be "?audience=provider"; it is now the monograph.
        if (item is Drug withMonograph && Request.Query["audience"] == "provider" && snapshot.MonographOf(withMonograph) is { } monograph)
        {
            return RedirectPermanent(monograph.Url!);
        }

        Item = item;
        Chrome = chromeFactory.Create(HttpContext, lang, item.Title, item.Summary, item);
        Trail = BuildTrail(item, snapshot);
        Organisations = item is CancerType hub ? snapshot.Organisations(lang, hub.OrganisationIds) : [];
        if (item is Drug drug)
        {
            DrugSheet = await drugs.SheetAsync(drug, snapshot, cancellation);

            // Product data changes when someone imports it, outside this process: cache briefly.
            HttpContext.Items[Infrastructure.ContentCachePolicy.ExpiryItem] = TimeSpan.FromMinutes(1);
        }

        if (item is DrugMonograph drugMonograph)
        {
            DrugMonograph = drugs.Monograph(drugMonograph, snapshot);
        }

        var sectionHub = item as CancerType ?? snapshot.HubOf(item);
        if (sectionHub is { TopicIds.Count: > 0 })
        {
            Section = (sectionHub, snapshot.Topics(sectionHub));
        }

        return Page();
    }

    private PageResult ShowViewAll(CancerType hub, Wayfinder.Content.Loading.ContentSnapshot snapshot)
    {
        var text = snapshot.Site.For(hub.Lang);
        var topics = snapshot.Topics(hub);
        ViewAll = ViewAllPage.Build(hub, topics);
        var translatedHub = snapshot.TranslationOf(hub);
        Chrome = chromeFactory.Create(HttpContext, hub.Lang, $"{hub.Title}: {text["view_all_title"]}", text["view_all_intro"],
            alternatePath: translatedHub is null ? null : translatedHub.Url + "/" + Wayfinder.Content.Site.SiteRoutes.ViewAllSegment(translatedHub.Lang));
        Trail = [(text["home"], $"/{hub.Lang}/"), (hub.Title, hub.Url!)];
        Section = (hub, topics);
        return Page();
    }

    private static List<(string, string)> BuildTrail(ContentItem item, Wayfinder.Content.Loading.ContentSnapshot snapshot)
    {
        var trail = new List<(string, string)>();
        var home = $"/{item.Lang}/";
        if (item.Url == home)
        {
            return trail;
        }

        var url = item.Url!;
        while (url.LastIndexOf('/') > home.Length - 1)
        {
            url = url[..url.LastIndexOf('/')];
            // Parents are content pages or the application's own (the drugs A to Z, the symptom guides).
            if (snapshot.FindByUrl(url) is { } parent)
            {
                trail.Insert(0, (parent.Title, url));
            }
            else if (Wayfinder.Content.Site.SiteRoutes.Find(url) is { TitleKey: { } titleKey, Page: not null })
            {
                trail.Insert(0, (snapshot.Site.For(item.Lang)[titleKey], url));
            }
        }

        trail.Insert(0, (snapshot.Site.For(item.Lang)["home"], home));
        return trail;
    }
}
