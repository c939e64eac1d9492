using Microsoft.EntityFrameworkCore;

namespace Wayfinder.Data.Imports;

/// <summary>One data set the site reads from its database, and whether an operator has loaded it.</summary>
/// <param name="Name">What it is, in an operator's words.</param>
/// <param name="Count">How many records the database holds.</param>
/// <param name="ImportedAt">When the last successful import finished; null when none ran.</param>
/// <param name="HowToLoad">The command that loads it. Operators read this in readiness, logs and
/// <c>check --report</c>; public pages never show it.</param>
public sealed record ImportedDataset(string Name, int Count, DateTimeOffset? ImportedAt, string HowToLoad)
{
    public bool Loaded => Count > 0;

    public override string ToString() => Loaded
        ? $"{Name}: {Count} loaded{(ImportedAt is { } at ? $", last imported {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "")}"
        : $"{Name}: not loaded; load with: {HowToLoad}";
}

/// <summary>
/// What the imported data sets hold: Canadian drug products (drug sheets), trials (trial finder) and
/// postal areas (distance search). The site works without them and says so in plain words; the
/// operator learns here what is missing and the command that loads it.
/// </summary>
public static class ImportedData
{
    private const string Cli = "dotnet run --project src/Wayfinder.Cli --";

    /// <summary>When the last successful import of a kind finished; null when none has.</summary>
    public static Task<DateTimeOffset?> LastImportedAsync(this WayfinderDbContext db, string kind, CancellationToken cancellation = default) =>
        db.ImportRuns.Where(r => r.Kind == kind && r.Succeeded).OrderByDescending(r => r.Id)
            .Select(r => r.FinishedAt).FirstOrDefaultAsync(cancellation);

    public static async Task<IReadOnlyList<ImportedDataset>> ReadAsync(WayfinderDbContext db, CancellationToken cancellation = default)
    {
        return
        [
            new("Canadian drug products (Health Canada DPD)", await db.DrugProducts.CountAsync(cancellation),
                await db.LastImportedAsync(ImportKinds.DrugProducts, cancellation), $"{Cli} drugs import-dpd allfiles.zip"),
            new("Clinical trials (ClinicalTrials.gov)", await db.Trials.CountAsync(cancellation),
                await db.LastImportedAsync(ImportKinds.Trials, cancellation), $"{Cli} trials sync (or trials import <file|folder>)"),
            new("Postal code areas (trial distance search)", await db.PostalAreas.CountAsync(cancellation),
                null, $"{Cli} geo import ca_fsa_centroids.csv"),
        ];
    }
}
