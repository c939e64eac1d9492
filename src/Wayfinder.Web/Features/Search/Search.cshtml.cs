using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Search;

/// <summary><c>/en/search?q=</c> and <c>/fr/recherche?q=</c>.</summary>
public sealed class SearchModel(PageChromeFactory chromeFactory) : PageModel
{
    public PageChrome Chrome { get; private set; } = null!;
    public string Query { get; private set; } = "";
    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];
    public bool TooLong { get; private set; }

    public IActionResult OnGet([FromQuery] string? q)
    {
        var lang = Request.Path.StartsWithSegments("/fr") ? "fr" : "en";
        var text = chromeFactory.Snapshot.Site.For(lang);
        var otherSearch = Wayfinder.Content.Site.SiteRoutes.SearchPath(lang == "fr" ? "en" : "fr");
        Query = (q ?? "").Trim();
        TooLong = Query.Length > SimpleSearch.MaxQueryLength;
        if (!TooLong && Query.Length > 0)
        {
            Hits = SimpleSearch.Find(chromeFactory.Snapshot, lang, Query);
        }

        Chrome = chromeFactory.Create(HttpContext, lang, text["search_title"], text["search_label"],
            alternatePath: otherSearch + (Query.Length > 0 && !TooLong ? "?q=" + Uri.EscapeDataString(Query) : ""), noIndex: Query.Length > 0);
        ViewData[PageChrome.ViewDataKey] = Chrome;
        if (TooLong)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
