using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Search;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Search;

/// <summary><c>/en/search?q=</c> and its French path (route table), with type and audience facets and paging.</summary>
public sealed class SearchModel(PageChromeFactory chromeFactory, SiteSearch search, Drugs.DrugBrands brands, Infrastructure.WayfinderMetrics metrics) : WayfinderPageModel
{
    public SearchRequest Query { get; private set; } = null!;
    public QueryProblem Problem { get; private set; }

    /// <summary>Query-string values that were not valid and were ignored ("type", "page"...).</summary>
    public IReadOnlyList<string> BadParameters { get; private set; } = [];
    public SearchResult? Result { get; private set; }
    public bool Unavailable { get; private set; }

    /// <summary>A brand name typed as the search ("Sandostatin LAR") leads straight to its generic sheet.</summary>
    public (string Brand, Wayfinder.Content.Model.Drug Sheet)? BrandMatch { get; private set; }

    /// <summary>The triage model, for who to call when nothing is found.</summary>
    public Wayfinder.Content.Triage.TriageModel Triage => chromeFactory.Snapshot.Triage;

    public int PageCount => Result is null ? 0 : (int)Math.Ceiling(Result.Total / (double)Result.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        var lang = RequestLanguage;
        var (query, errors) = SearchRequest.Parse(Request.Query, lang);
        errors.Remove("lang");
        Query = query with { Lang = lang };
        Problem = Query.Problem;
        BadParameters = errors.Values.SelectMany(v => v).ToList();
        var text = chromeFactory.Snapshot.Site.For(lang);
        var searching = Problem == QueryProblem.None;
        if (searching)
        {
            if (await search.GetAsync(cancellation) is { } index)
            {
                Result = metrics.TimeSearch("page", () => index.Search(Query.ToQuery()));
                BrandMatch = await brands.FindAsync(lang, Query.Text.Trim(), cancellation);
            }
            else
            {
                Unavailable = true;
            }
        }

        var otherSearch = Wayfinder.Content.Site.SiteRoutes.SearchPath(lang == "fr" ? "en" : "fr");
        Chrome = chromeFactory.Create(HttpContext, lang, text["search_title"], text["search_label"],
            alternatePath: otherSearch + (searching ? "?q=" + Uri.EscapeDataString(Query.Text.Trim()) : ""), noIndex: Query.Text.Length > 0);
        Response.StatusCode = Unavailable ? StatusCodes.Status503ServiceUnavailable
            : Problem == QueryProblem.TooLong || BadParameters.Count > 0 ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return Page();
    }

    /// <summary>This search's address with some values changed (facets, paging, a suggestion).</summary>
    public string Link(string? q = null, string? type = "", string? audience = "", int page = 1)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(q ?? Query.Text.Trim()) };
        if ((type == "" ? Query.Type : type) is { } t)
        {
            parts.Add("type=" + Uri.EscapeDataString(t));
        }

        if ((audience == "" ? Query.Audience : audience) is { } a)
        {
            parts.Add("audience=" + Uri.EscapeDataString(a));
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return Wayfinder.Content.Site.SiteRoutes.SearchPath(Chrome.Lang) + "?" + string.Join("&", parts);
    }
}
