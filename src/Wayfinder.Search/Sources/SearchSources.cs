using Wayfinder.Content.Synonyms;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Data;
using Wayfinder.Data.Drugs;

namespace Wayfinder.Search.Sources;

/// <summary>What the index holds besides the content: stored trials and Canadian brand names.</summary>
public sealed record SearchData(IReadOnlyList<SearchDocument> Trials, IReadOnlyDictionary<string, IReadOnlyList<string>> ExtraBrands)
{
    public static readonly SearchData None = new([], new Dictionary<string, IReadOnlyList<string>>());

    public int TrialCount => Trials.Count / Languages.All.Count;
}

/// <summary>
/// Everything one index is built from, read the same way by every web node and by the
/// <c>reindex</c> command: the content snapshot (with its synonym map) and the database.
/// </summary>
public static class SearchSources
{
    /// <summary>Reads trials and brand names; throws when the database cannot be read.</summary>
    public static async Task<SearchData> ReadAsync(WayfinderDbContext db, ContentSnapshot snapshot, CancellationToken cancellation)
    {
        var trials = await db.Trials.AsNoTracking()
            .Select(t => new { t.NctId, t.BriefTitle, t.Acronym, t.Conditions, t.BriefSummary })
            .ToListAsync(cancellation);
        // Trial records are in English; each is indexed under both languages' trial pages.
        var documents = trials
            .SelectMany(t => Languages.All.Select(lang => new SearchDocument(
                TrialPath(lang, t.NctId), lang, DocumentTypes.Trial, Audiences.All, t.BriefTitle, t.Conditions, t.BriefSummary ?? "",
                t.Acronym is null ? [t.NctId] : [t.NctId, t.Acronym])))
            .ToList();

        var sheets = snapshot.Items.OfType<Drug>().Where(d => d.DpdIngredient is not null).ToList();
        var brands = await BrandNames.ReadAsync(db, sheets.Select(d => d.DpdIngredient!), cancellation);
        var extra = sheets
            .GroupBy(d => d.Id)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)brands
                    .Where(b => b.Ingredient == g.First().DpdIngredient)
                    .Where(b => !g.SelectMany(d => d.BrandNames.Append(d.GenericName)).Contains(b.Brand, StringComparer.OrdinalIgnoreCase))
                    .Select(b => Readable(b.Brand))
                    .Distinct()
                    .ToList());
        return new SearchData(documents, extra);
    }

    public static string TrialPath(string lang, string nctId) =>
        Content.Site.SiteRoutes.Trial.Path(lang, nctId);

    /// <summary>Health Canada writes brand names in capitals; suggestions read better as "Afinitor Disperz".</summary>
    private static string Readable(string brand) =>
        brand.Any(char.IsLower) ? brand : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(brand.ToLowerInvariant());
}
