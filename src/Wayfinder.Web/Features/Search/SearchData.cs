using Microsoft.EntityFrameworkCore;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Data;
using Wayfinder.Search;

namespace Wayfinder.Web.Features.Search;

/// <summary>What the index needs besides the content: stored trials, Canadian brand names, synonyms.</summary>
public sealed record SearchData(IReadOnlyList<SearchDocument> Trials, IReadOnlyDictionary<string, IReadOnlyList<string>> ExtraBrands)
{
    /// <summary>The synonym map editors keep in <c>content/search/synonyms.yaml</c>.</summary>
    public const string SynonymsFile = "search/synonyms.yaml";

    /// <summary>
    /// Reads trials and brand names from the database. When it is down, search still covers
    /// every content page; the next import or rebuild brings the data back in.
    /// </summary>
    public static async Task<SearchData> ReadAsync(IServiceScopeFactory scopes, ContentSnapshot snapshot, ILogger logger, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WayfinderDbContext>();
        var products = scope.ServiceProvider.GetRequiredService<Drugs.DrugProducts>();
        try
        {
            var trials = await db.Trials.AsNoTracking()
                .Select(t => new { t.NctId, t.BriefTitle, t.Acronym, t.Conditions, t.BriefSummary })
                .ToListAsync(cancellation);
            var documents = trials
                .SelectMany(t => Languages.All.Select(lang => new SearchDocument(
                    TrialPath(lang, t.NctId), lang, DocumentTypes.Trial, Audiences.All, t.BriefTitle, t.Conditions, t.BriefSummary ?? "",
                    t.Acronym is null ? [t.NctId] : [t.NctId, t.Acronym])))
                .ToList();

            var sheets = snapshot.Items.OfType<Drug>().Where(d => d.DpdIngredient is not null).ToList();
            var brands = await products.BrandsAsync(sheets.Select(d => d.DpdIngredient!).Distinct(), cancellation);
            var extra = sheets
                .GroupBy(d => d.Id)
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyList<string>)brands.Where(b => b.Ingredient == g.First().DpdIngredient).Select(b => b.Brand).Distinct().ToList());
            return new SearchData(documents, extra);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Trials and Canadian brand names could not be read; search covers the content only");
            return new SearchData([], new Dictionary<string, IReadOnlyList<string>>());
        }
    }

    /// <summary>The synonym map, or none (with an error logged) when the file is missing or broken.</summary>
    public static SynonymMap Synonyms(string contentRoot, ILogger logger)
    {
        var path = Path.Combine(contentRoot, SynonymsFile);
        if (!File.Exists(path))
        {
            logger.LogWarning("No synonym map at {Path}; search uses exact words only", path);
            return SynonymMap.Empty;
        }

        try
        {
            return SynonymMap.Load(path);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "The synonym map {Path} could not be read; run the 'check' command", path);
            return SynonymMap.Empty;
        }
    }

    public static string TrialPath(string lang, string nctId) =>
        (lang == Languages.French ? "/fr/essais-cliniques/" : "/en/clinical-trials/") + nctId;
}
