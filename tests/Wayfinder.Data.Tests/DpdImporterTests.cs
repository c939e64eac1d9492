using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Data.Dpd;
using Wayfinder.Data.Imports;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Data.Tests;

/// <summary>The Drug Product Database importer on Health Canada's real extract, in SQLite and PostgreSQL.</summary>
public sealed class DpdImporterTests
{
    private const string ExtractPath = "drugs/hc_dpd_allfiles_marketed.zip";

    public static TheoryData<string> Providers() => new() { WayfinderDatabase.Sqlite, WayfinderDatabase.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task The_real_extract_imports_the_cancer_drugs_with_their_dins(string provider)
    {
        var (extract, database) = Prepare(provider);
        using var _ = database;
        await using var db = database.Open();

        var result = await new DpdImporter(db, TimeProvider.System).ImportAsync(extract);

        Assert.True(result.Run.Succeeded);
        Assert.True(result.Run.Added > 500, $"expected hundreds of cancer-related products, got {result.Run.Added}");
        Assert.Equal(result.Run.Added, await db.DrugProducts.CountAsync());
        var sandostatinLar = await db.DrugProducts.Include(p => p.Ingredients).SingleAsync(p => p.Din == "02239323");
        Assert.Equal("SANDOSTATIN LAR", sandostatinLar.BrandName);
        Assert.Equal("H01CB02", sandostatinLar.AtcCode);
        Assert.StartsWith("OCTREOTIDE", Assert.Single(sandostatinLar.Ingredients).Name, StringComparison.Ordinal);
        Assert.Equal("10 MG / VIAL", sandostatinLar.Ingredients[0].StrengthText);
        Assert.False(string.IsNullOrEmpty(sandostatinLar.Company));
        Assert.All(await db.DrugProducts.Select(p => p.AtcCode).Distinct().ToListAsync(),
            atc => Assert.Contains(DpdImporter.CancerAtcPrefixes, prefix => atc.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.Empty(result.Skipped);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Importing_the_same_extract_again_updates_and_never_duplicates(string provider)
    {
        var (extract, database) = Prepare(provider);
        using var _ = database;
        await using var db = database.Open();
        var first = await new DpdImporter(db, TimeProvider.System).ImportAsync(extract);

        var second = await new DpdImporter(db, TimeProvider.System).ImportAsync(extract);

        Assert.Equal(0, second.Run.Added);
        Assert.Equal(first.Run.Added, second.Run.Updated);
        Assert.Equal(0, second.Run.Removed);
        Assert.Equal(first.Run.Added, await db.DrugProducts.CountAsync());
        Assert.Equal(await db.DrugIngredients.CountAsync(), await db.DrugProducts.SelectMany(p => p.Ingredients).CountAsync());
        Assert.Equal(2, await db.ImportRuns.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_corrupted_copy_is_imported_row_by_row_with_each_bad_row_reported(string provider)
    {
        var (extract, database) = Prepare(provider);
        using var _ = database;
        var corrupted = Corrupt(extract, out var brokenDrugLine, out var brokenDin);
        await using var db = database.Open();
        var clean = await new DpdImporter(db, TimeProvider.System).ImportAsync(extract);

        var result = await new DpdImporter(db, TimeProvider.System).ImportAsync(corrupted);

        Assert.Contains(result.Skipped, s => s.File == "drug.txt" && s.Line == brokenDrugLine && s.Reason == "expected 14 fields, found 3");
        Assert.Contains(result.Skipped, s => s.File == "ther.txt" && s.Reason == "DRUG_CODE 'not-a-code' is not a number");
        // Only the product whose row broke is gone; every other product is still there.
        Assert.Equal(clean.Run.Added - 1, await db.DrugProducts.CountAsync());
        Assert.False(await db.DrugProducts.AnyAsync(p => p.Din == brokenDin));
        Assert.True(await db.DrugProducts.AnyAsync(p => p.Din == "02239323"));
        File.Delete(corrupted);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_file_that_is_not_an_extract_is_refused_and_the_data_stays(string provider)
    {
        var (extract, database) = Prepare(provider);
        using var _ = database;
        await using var db = database.Open();
        var clean = await new DpdImporter(db, TimeProvider.System).ImportAsync(extract);
        var notAnExtract = Path.Combine(Path.GetTempPath(), $"not-dpd-{Guid.NewGuid():N}.zip");
        using (var zip = ZipFile.Open(notAnExtract, ZipArchiveMode.Create))
        {
            zip.CreateEntry("readme.txt");
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new DpdImporter(db, TimeProvider.System).ImportAsync(notAnExtract));

        Assert.Contains("missing drug.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal(clean.Run.Added, await db.DrugProducts.CountAsync());
        File.Delete(notAnExtract);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_import_interrupted_while_saving_leaves_the_previous_data(string provider)
    {
        var (extract, database) = Prepare(provider);
        using var _ = database;
        await using (var first = database.Open())
        {
            await new DpdImporter(first, TimeProvider.System).ImportAsync(extract);
        }

        var before = await CountProducts(database);
        using var stop = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Step == "Writing products")
            {
                stop.Cancel();
            }
        });
        await using var db = database.Open();
        db.DrugProducts.RemoveRange(db.DrugProducts); // pending deletes must not survive the interruption

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DpdImporter(db, TimeProvider.System).ImportAsync(extract, progress, stop.Token));

        Assert.Equal(before, await CountProducts(database));
    }

    private static async Task<int> CountProducts(TestDatabase database)
    {
        await using var db = database.Open();
        return await db.DrugProducts.CountAsync();
    }

    private static (string Extract, TestDatabase Database) Prepare(string provider)
    {
        var unavailable = TestDatabase.Unavailable(provider);
        Skip.If(unavailable is not null, unavailable);
        var extract = SharedData.File(ExtractPath);
        Skip.If(extract is null, "the DPD extract is missing");
        return (extract!, TestDatabase.Create(provider));
    }

    /// <summary>A copy of the extract with one product row cut short and one class row with a bad code.</summary>
    private static string Corrupt(string extract, out int brokenDrugLine, out string brokenDin)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"dpd-corrupt-{Guid.NewGuid():N}.zip");
        File.Copy(extract, copy);
        using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);

        var drug = Read(zip, "drug.txt");
        brokenDrugLine = drug.FindIndex(l => l.Contains("\"SANDOSTATIN\"", StringComparison.Ordinal)) + 1;
        brokenDin = drug[brokenDrugLine - 1].Split("\",\"")[3];
        drug[brokenDrugLine - 1] = "\"9915\",\"\",\"Human\"";
        Write(zip, "drug.txt", drug);

        var ther = Read(zip, "ther.txt");
        ther.Insert(5, "\"not-a-code\",\"L01XX99\",\"BROKEN\",\"\"");
        Write(zip, "ther.txt", ther);
        return copy;
    }

    private static List<string> Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), System.Text.Encoding.Latin1);
        return reader.ReadToEnd().Split("\r\n").Where(l => l.Length > 0).ToList();
    }

    private static void Write(ZipArchive zip, string name, List<string> lines)
    {
        zip.GetEntry(name)!.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), System.Text.Encoding.Latin1);
        writer.Write(string.Join("\r\n", lines) + "\r\n");
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
