using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Data.Drugs;
using Wayfinder.Data.Imports;

namespace Wayfinder.Data.Dpd;

/// <summary>A row the importer could not use, with where it is and why.</summary>
public sealed record SkippedRow(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}

public sealed record DpdImportResult(ImportRun Run, IReadOnlyList<SkippedRow> Skipped);

/// <summary>
/// Imports Health Canada's Drug Product Database extract (<c>allfiles.zip</c>: quoted CSV without
/// header rows, one table per file, joined on DRUG_CODE; column order from Health Canada's "DPD
/// data extract Read Me"). Keeps the products in the ATC classes used in cancer care. One
/// transaction: either the whole extract is applied, or the previous data stays as it was.
/// </summary>
public sealed class DpdImporter(WayfinderDbContext db, TimeProvider time)
{
    /// <summary>ATC classes relevant to cancer care: antineoplastics, endocrine therapy,
    /// immunosuppressants, somatostatin analogues, therapeutic radiopharmaceuticals, telotristat.</summary>
    public static readonly IReadOnlyList<string> CancerAtcPrefixes = ["L01", "L02", "L04", "H01CB", "V10X", "A16AX"];

    private static readonly string[] RequiredFiles = ["drug.txt", "ingred.txt", "ther.txt", "form.txt", "route.txt", "status.txt", "comp.txt"];

    public async Task<DpdImportResult> ImportAsync(string zipPath, IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var missing = RequiredFiles.Where(f => FindEntry(zip, f) is null).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{Path.GetFileName(zipPath)} is not a DPD extract: missing {string.Join(", ", missing)}");
        }

        var skipped = new List<SkippedRow>();
        void Report(string step, int done, int total) => progress?.Report(new ImportProgress(step, done, total));

        // 1. Which products are in scope: their ATC class (ther.txt), current status (status.txt).
        Report("Reading therapeutic classes", 0, 7);
        var atc = new Dictionary<int, (string Code, string Name)>();
        foreach (var (line, row) in Rows(zip, "ther.txt", 4, skipped))
        {
            if (Code(row[0], "ther.txt", line, skipped) is not { } code)
            {
                continue;
            }

            var atcCode = row[1].Trim();
            if (CancerAtcPrefixes.Any(p => atcCode.StartsWith(p, StringComparison.Ordinal)))
            {
                atc[code] = (atcCode, row[2].Trim());
            }
        }

        Report("Reading product status", 1, 7);
        var status = new Dictionary<int, (string Status, DateOnly? Date)>();
        foreach (var (line, row) in Rows(zip, "status.txt", 7, skipped))
        {
            if (Code(row[0], "status.txt", line, skipped) is { } code && atc.ContainsKey(code) && row[1] == "Y")
            {
                status[code] = (row[2].Trim(), ParseDate(row[3]));
            }
        }

        Report("Reading products", 2, 7);
        var products = new Dictionary<int, DrugProduct>();
        foreach (var (line, row) in Rows(zip, "drug.txt", 14, skipped))
        {
            if (Code(row[0], "drug.txt", line, skipped) is not { } code || !atc.TryGetValue(code, out var atcEntry))
            {
                continue;
            }

            var din = row[3].Trim();
            if (din.Length != 8 || !din.All(char.IsAsciiDigit))
            {
                skipped.Add(new SkippedRow("drug.txt", line, $"DIN '{din}' is not eight digits"));
                continue;
            }

            if (row[4].Trim().Length == 0)
            {
                skipped.Add(new SkippedRow("drug.txt", line, "brand name is empty"));
                continue;
            }

            var (statusText, statusDate) = status.GetValueOrDefault(code, ("UNKNOWN", null));
            if (statusText != "MARKETED")
            {
                continue;
            }

            products[code] = new DrugProduct
            {
                DrugCode = code,
                Din = din,
                BrandName = row[4].Trim(),
                Descriptor = NullIfEmpty(row[5]),
                Company = "",
                AtcCode = atcEntry.Code,
                AtcName = atcEntry.Name,
                Status = statusText,
                StatusDate = statusDate,
                DosageForms = "",
                Routes = "",
            };
        }

        Report("Reading ingredients", 3, 7);
        foreach (var (line, row) in Rows(zip, "ingred.txt", 15, skipped))
        {
            if (Code(row[0], "ingred.txt", line, skipped) is { } code && products.TryGetValue(code, out var product))
            {
                product.Ingredients.Add(new DrugIngredient
                {
                    DrugCode = code,
                    Name = row[2].Trim(),
                    Strength = row[4].Trim(),
                    StrengthUnit = row[5].Trim(),
                    DosageValue = NullIfEmpty(row[7]),
                    DosageUnit = NullIfEmpty(row[9]),
                });
            }
        }

        Report("Reading forms and routes", 4, 7);
        Join(zip, "form.txt", 4, products, skipped, (p, row) => p.DosageForms = Append(p.DosageForms, row[2]));
        Join(zip, "route.txt", 4, products, skipped, (p, row) => p.Routes = Append(p.Routes, row[2]));
        Report("Reading companies", 5, 7);
        Join(zip, "comp.txt", 18, products, skipped, (p, row) => p.Company = p.Company.Length == 0 ? row[3].Trim() : p.Company);

        foreach (var product in products.Values.Where(p => p.Ingredients.Count == 0).ToList())
        {
            skipped.Add(new SkippedRow("drug.txt", 0, $"DIN {product.Din} ({product.BrandName}) has no active ingredient in ingred.txt"));
            products.Remove(product.DrugCode);
        }

        Report("Writing products", 6, 7);
        var run = await SaveAsync(Path.GetFileName(zipPath), products, skipped.Count, cancellation);
        Report("Done", 7, 7);
        return new DpdImportResult(run, skipped);
    }

    private Task<ImportRun> SaveAsync(string source, Dictionary<int, DrugProduct> products, int skipped, CancellationToken cancellation) =>
        ImportTransaction.RunAsync(db, time, ImportKinds.DrugProducts, source, skipped, async run =>
        {
            var existing = await db.DrugProducts.Include(p => p.Ingredients).ToDictionaryAsync(p => p.DrugCode, cancellation);
            foreach (var product in products.Values)
            {
                product.ImportRunId = run.Id;
                if (existing.Remove(product.DrugCode, out var current))
                {
                    db.DrugIngredients.RemoveRange(current.Ingredients);
                    db.Entry(current).CurrentValues.SetValues(product);
                    current.Ingredients = product.Ingredients;
                    run.Updated++;
                }
                else
                {
                    db.DrugProducts.Add(product);
                    run.Added++;
                }
            }

            // Products no longer in the extract are no longer marketed: the table mirrors it.
            db.DrugProducts.RemoveRange(existing.Values);
            run.Removed = existing.Count;
        }, cancellation);

    private static void Join(ZipArchive zip, string file, int columns, Dictionary<int, DrugProduct> products, List<SkippedRow> skipped, Action<DrugProduct, string[]> apply)
    {
        foreach (var (line, row) in Rows(zip, file, columns, skipped))
        {
            if (Code(row[0], file, line, skipped) is { } code && products.TryGetValue(code, out var product))
            {
                apply(product, row);
            }
        }
    }

    /// <summary>Reads a headerless quoted CSV file; a row with the wrong number of fields is skipped and reported.</summary>
    private static IEnumerable<(int Line, string[] Row)> Rows(ZipArchive zip, string file, int columns, List<SkippedRow> skipped)
    {
        var entry = FindEntry(zip, file)!;
        using var reader = new StreamReader(entry.Open(), System.Text.Encoding.Latin1);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvParser(reader, config);
        while (true)
        {
            string[]? row;
            int line;
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }

                line = csv.RawRow;
                row = csv.Record;
            }
            catch (CsvHelperException ex)
            {
                skipped.Add(new SkippedRow(file, ex.Context?.Parser?.RawRow ?? 0, "unreadable CSV: " + ex.GetType().Name));
                yield break;
            }

            if (row is null || row.Length != columns)
            {
                skipped.Add(new SkippedRow(file, line, $"expected {columns} fields, found {row?.Length ?? 0}"));
                continue;
            }

            yield return (line, row);
        }
    }

    private static int? Code(string value, string file, int line, List<SkippedRow> skipped)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return code;
        }

        skipped.Add(new SkippedRow(file, line, $"DRUG_CODE '{value}' is not a number"));
        return null;
    }

    private static ZipArchiveEntry? FindEntry(ZipArchive zip, string file) =>
        zip.Entries.FirstOrDefault(e => string.Equals(e.Name, file, StringComparison.OrdinalIgnoreCase));

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), "dd-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Append(string list, string value)
    {
        value = value.Trim();
        return list.Length == 0 ? value : list.Split("; ").Contains(value) ? list : list + "; " + value;
    }
}
