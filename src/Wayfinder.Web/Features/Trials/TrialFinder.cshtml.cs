using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Trials;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Trials;

/// <summary><c>/en/clinical-trials</c>: the finder, a GET form that works without JavaScript.</summary>
public sealed class TrialFinderModel(PageChromeFactory chromeFactory, TrialSearch search, CancerTypeCatalog catalog) : WayfinderPageModel
{
    public TrialQuery Query { get; private set; } = new();
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public TrialResults? Results { get; private set; }
    public bool NoTrialsLoaded { get; private set; }
    public bool DatabaseDown { get; private set; }
    public string Lang { get; private set; } = Languages.English;

    /// <summary>The cancer types the finder can filter by, in the page's language.</summary>
    public IReadOnlyList<CancerType> CancerTypes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Lang = RequestLanguage;
        var text = chromeFactory.Snapshot.Site.For(Lang);
        Chrome = chromeFactory.Create(HttpContext, Lang, text["trials_title"], text["trials_intro"],
            alternatePath: Wayfinder.Content.Site.SiteRoutes.TrialFinder.Path(Languages.Other(Lang)) + Request.QueryString, noIndex: Request.Query.Count > 0);
        (Query, Errors) = TrialQueryParser.Parse(Request.Query, catalog);
        CancerTypes = chromeFactory.Snapshot.CancerTypes(Lang);
        try
        {
            NoTrialsLoaded = !await search.AnyAsync(cancellation);
            if (Errors.Count == 0 && !NoTrialsLoaded)
            {
                Results = await search.SearchAsync(Query, cancellation);
            }
        }
        catch (UnknownPlaceException ex)
        {
            Errors["near"] = [string.Format(System.Globalization.CultureInfo.InvariantCulture, text["trials_error_near"], ex.Place)];
        }
        catch (Exception ex) when (Infrastructure.DatabaseErrors.IsUnreachable(ex))
        {
            DatabaseDown = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        // Trials change when someone imports them, in another process: keep caching short.
        HttpContext.Items[Infrastructure.ContentCachePolicy.ExpiryItem] = TimeSpan.FromMinutes(1);
    }

    public string PageLink(int page)
    {
        var values = Request.Query.Where(kv => kv.Key != "page").SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return Wayfinder.Content.Site.SiteRoutes.TrialFinder.Path(Lang) + "?" + string.Join('&', values.Append($"page={page}"));
    }
}
