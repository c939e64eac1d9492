using Microsoft.EntityFrameworkCore;

namespace Wayfinder.Data.Drugs;

/// <summary>Brand names of imported Health Canada products, by the ingredient a drug sheet covers.</summary>
public static class BrandNames
{
    /// <summary>Every (brand, ingredient) pair where the product contains one of <paramref name="ingredients"/>.</summary>
    public static async Task<IReadOnlyList<(string Brand, string Ingredient)>> ReadAsync(WayfinderDbContext db, IEnumerable<string> ingredients, CancellationToken cancellation)
    {
        var wanted = ingredients.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var pairs = await db.DrugIngredients
            .Join(db.DrugProducts, i => i.DrugCode, p => p.DrugCode, (i, p) => new { i.Name, p.BrandName })
            .Distinct()
            .ToListAsync(cancellation);
        return pairs
            .SelectMany(p => wanted.Where(w => DrugIngredient.Matches(p.Name, w)).Select(w => (p.BrandName, w)))
            .Distinct()
            .ToList();
    }
}
