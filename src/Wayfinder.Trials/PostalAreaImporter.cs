using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Data.Trials;

namespace Wayfinder.Trials;

/// <summary>
/// Loads Canadian postal Forward Sortation Area centres (CSV with a header: fsa, city, province,
/// latitude, longitude, ...), so "near" can take a postal code. Replaces the table in one transaction.
/// </summary>
public sealed class PostalAreaImporter(WayfinderDbContext db)
{
    public async Task<(int Imported, IReadOnlyList<string> Skipped)> ImportAsync(string csvPath, CancellationToken cancellation = default)
    {
        var areas = new Dictionary<string, PostalArea>(StringComparer.Ordinal);
        var skipped = new List<string>();
        using (var reader = new StreamReader(csvPath))
        using (var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null }))
        {
            await csv.ReadAsync();
            csv.ReadHeader();
            foreach (var column in new[] { "fsa", "city", "province", "latitude", "longitude" }.Where(c => !csv.HeaderRecord!.Contains(c)))
            {
                throw new InvalidDataException($"{Path.GetFileName(csvPath)}: the header has no '{column}' column");
            }

            while (await csv.ReadAsync())
            {
                var line = csv.Parser.RawRow;
                var fsa = csv.GetField("fsa")?.Trim().ToUpperInvariant() ?? "";
                if (!IsFsa(fsa)
                    || !double.TryParse(csv.GetField("latitude"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
                    || !double.TryParse(csv.GetField("longitude"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
                {
                    skipped.Add($"{Path.GetFileName(csvPath)}:{line}: skipped: needs a postal area like K1A and a latitude and longitude");
                    continue;
                }

                areas[fsa] = new PostalArea { Fsa = fsa, City = csv.GetField("city") ?? "", Province = csv.GetField("province") ?? "", Latitude = lat, Longitude = lon };
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
        await db.PostalAreas.ExecuteDeleteAsync(cancellation);
        db.PostalAreas.AddRange(areas.Values);
        await db.SaveChangesAsync(cancellation);
        await transaction.CommitAsync(cancellation);
        db.ChangeTracker.Clear();
        return (areas.Count, skipped);
    }

    /// <summary>A Forward Sortation Area: letter, digit, letter.</summary>
    public static bool IsFsa(string value) =>
        value.Length == 3 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiLetterUpper(value[2]);
}
