using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Data.Drugs;
using Wayfinder.Data.Imports;

namespace Wayfinder.Web.Features.Drugs;

/// <summary>What the database says about a drug's Canadian products, for its sheet.</summary>
public sealed record ProductListing(bool Available, DateTimeOffset? ImportedAt, IReadOnlyList<ProductRow> Products)
{
    public static readonly ProductListing Unavailable = new(false, null, []);
}

public sealed record ProductRow(string Din, string BrandName, string Strength, string Form, string Company);

/// <summary>
/// Reads imported Health Canada products. A database that is down must not break a drug sheet,
/// so failures come back as "unavailable" and the sheet says so.
/// </summary>
public sealed class DrugProducts(WayfinderDbContext db, ILogger<DrugProducts> logger)
{
    public async Task<ProductListing> ForIngredientAsync(string? ingredient, CancellationToken cancellation)
    {
        try
        {
            var imported = await db.LastImportedAsync(Wayfinder.Data.Imports.ImportKinds.DrugProducts, cancellation);
            if (imported is null || string.IsNullOrEmpty(ingredient))
            {
                return new ProductListing(true, imported, []);
            }

            var prefix = ingredient + " ";
            var products = await db.DrugProducts
                .Where(p => p.Ingredients.Any(i => i.Name == ingredient || i.Name.StartsWith(prefix)))
                .Include(p => p.Ingredients)
                .AsNoTracking()
                .ToListAsync(cancellation);
            var rows = products
                .OrderBy(p => p.BrandName, StringComparer.Ordinal).ThenBy(p => p.Din, StringComparer.Ordinal)
                .Select(p => new ProductRow(p.Din, p.BrandName,
                    string.Join(", ", p.Ingredients.Select(i => i.StrengthText)), p.DosageForms, p.Company))
                .ToList();
            return new ProductListing(true, imported, rows);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Canadian product data could not be read");
            return ProductListing.Unavailable;
        }
    }
}
