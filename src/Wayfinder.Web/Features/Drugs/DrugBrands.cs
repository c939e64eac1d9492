using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Web.Features.Search;

namespace Wayfinder.Web.Features.Drugs;

/// <summary>
/// Brand names and the sheets they lead to, in one place: the sheets' own <c>brand_names</c>,
/// then Health Canada's brands for the sheet's ingredient as the search index last read them
/// (rebuilt after each import), so no request reads the product tables to resolve a brand.
/// </summary>
public sealed class DrugBrands(ContentStore store, SiteSearch search)
{
    /// <summary>The sheet a brand name (or its address slug) leads to, and the brand as written.</summary>
    public async Task<(string Brand, Drug Sheet)?> FindAsync(string lang, string nameOrSlug, CancellationToken cancellation)
    {
        var slug = Drug.SlugOf(nameOrSlug);
        var snapshot = store.Current;
        if (snapshot.DrugByBrandSlug(lang, slug) is { } sheet)
        {
            return (sheet.BrandNames.First(b => Drug.SlugOf(b) == slug), sheet);
        }

        await search.GetAsync(cancellation); // Health Canada's brands arrive with the first index.
        foreach (var drug in snapshot.Drugs(lang))
        {
            if (search.CanadianBrands.GetValueOrDefault(drug.Id)?.FirstOrDefault(b => Drug.SlugOf(b) == slug) is { } brand)
            {
                return (brand, drug);
            }
        }

        return null;
    }

    /// <summary>Health Canada's brand names that the sheets do not list themselves, with their sheet.</summary>
    public async Task<IReadOnlyList<(string Brand, Drug Sheet)>> CanadianAsync(IReadOnlyList<Drug> sheets, CancellationToken cancellation)
    {
        await search.GetAsync(cancellation);
        return sheets.SelectMany(sheet => (search.CanadianBrands.GetValueOrDefault(sheet.Id) ?? []).Select(brand => (brand, sheet))).ToList();
    }
}
