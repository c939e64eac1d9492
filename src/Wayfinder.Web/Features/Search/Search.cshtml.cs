using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Search;

/// <summary><c>/en/search?q=</c> and <c>/fr/recherche?q=</c>.</summary>
public sealed class SearchModel(PageChromeFactory chromeFactory, Drugs.DrugProducts products) : PageModel
{
    public PageChrome Chrome { get; private set; } = null!;
    public string Query { get; private set; } = "";
    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];
    public bool TooLong { get; private set; }

    /// <summary>A brand name typed as the search ("Sandostatin LAR") leads straight to its generic sheet.</summary>
    public (string Brand, Wayfinder.Content.Model.Drug Sheet)? BrandMatch { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] string? q, CancellationToken cancellation)
    {
        var lang = Request.Path.StartsWithSegments("/fr") ? "fr" : "en";
        var text = chromeFactory.Snapshot.Site.For(lang);
        var otherSearch = Wayfinder.Content.Site.SiteRoutes.SearchPath(lang == "fr" ? "en" : "fr");
        Query = (q ?? "").Trim();
        TooLong = Query.Length > SimpleSearch.MaxQueryLength;
        if (!TooLong && Query.Length > 0)
        {
            Hits = SimpleSearch.Find(chromeFactory.Snapshot, lang, Query);
            BrandMatch = await FindBrandAsync(lang, Query, cancellation);
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

    private async Task<(string, Wayfinder.Content.Model.Drug)?> FindBrandAsync(string lang, string query, CancellationToken cancellation)
    {
        var slug = Wayfinder.Content.Model.Drug.SlugOf(query);
        var snapshot = chromeFactory.Snapshot;
        if (snapshot.DrugByBrandSlug(lang, slug) is { } sheet)
        {
            return (sheet.BrandNames.First(b => Wayfinder.Content.Model.Drug.SlugOf(b) == slug), sheet);
        }

        var sheets = snapshot.Drugs(lang).Where(d => d.DpdIngredient is not null).ToList();
        var brand = (await products.BrandsAsync(sheets.Select(d => d.DpdIngredient!), cancellation))
            .FirstOrDefault(b => Wayfinder.Content.Model.Drug.SlugOf(b.Brand) == slug);
        return brand.Brand is null ? null : (brand.Brand, sheets.First(d => d.DpdIngredient == brand.Ingredient));
    }
}
