using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;
using Wayfinder.Web.Infrastructure;

namespace Wayfinder.Web.Features.Drugs;

/// <summary>
/// What the content page needs from the Drugs feature: a sheet ready to show (sections,
/// Canadian products, cancer types, whether a PDF can be printed), and the sheet a brand name's
/// address leads to. The content page stays about content.
/// </summary>
public sealed class DrugPages(DrugProducts products, DrugBrands brands, PdfRenderer pdf)
{
    public async Task<DrugSheet> SheetAsync(Drug drug, ContentSnapshot snapshot, CancellationToken cancellation)
    {
        var listing = await products.ForIngredientAsync(drug.DpdIngredient, cancellation);
        return DrugSheet.Build(drug, listing, snapshot.MonographOf(drug), pdf.IsAvailable) with
        {
            CancerTypes = drug.CancerTypeIds.Select(id => snapshot.Find(drug.Lang, id)).OfType<CancerType>().ToList(),
        };
    }

    /// <summary>A monograph and its sheet, or null when the sheet is missing (check reports it).</summary>
    public DrugMonographView? Monograph(DrugMonograph monograph, ContentSnapshot snapshot) =>
        snapshot.SheetOf(monograph) is { } sheet ? new DrugMonographView(monograph, sheet, pdf.IsAvailable) : null;

    /// <summary>A brand name's address ("/en/drugs/sandostatin-lar") leads to its generic sheet.</summary>
    public async Task<Drug?> BrandSheetAsync(string lang, string url, CancellationToken cancellation)
    {
        var drugsPath = SiteRoutes.DrugsPath(lang) + "/";
        if (!url.StartsWith(drugsPath, StringComparison.Ordinal) || url.Length == drugsPath.Length || url[drugsPath.Length..].Contains('/'))
        {
            return null;
        }

        return (await brands.FindAsync(lang, url[drugsPath.Length..], cancellation))?.Sheet;
    }
}
