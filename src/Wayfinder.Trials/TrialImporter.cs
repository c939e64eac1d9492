using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Data.Imports;
using Wayfinder.Data.Trials;

namespace Wayfinder.Trials;

/// <summary>A record the importer skipped: where it was, and why.</summary>
public sealed record SkippedRecord(string Source, string Reason)
{
    public override string ToString() => $"{Source}: skipped: {Reason}";
}

public sealed record TrialImportResult(ImportRun Run, IReadOnlyList<SkippedRecord> Skipped);

/// <summary>
/// Imports ClinicalTrials.gov API v2 studies from a file or a folder: a single study, a
/// <c>/api/v2/studies</c> response page (<c>studies[]</c>), or NDJSON (one study a line).
/// Upserts by NCT id in one transaction: a malformed record is skipped with its reason and the
/// rest are imported; a failed or interrupted run leaves the previous data as it was.
/// Each trial is tagged to the content's cancer types as it is written (<see cref="TrialTagger"/>).
/// </summary>
public sealed class TrialImporter(WayfinderDbContext db, TimeProvider time, CancerTypeCatalog cancerTypes)
{
    public async Task<TrialImportResult> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"{path}: no such file or folder", path);

        var skipped = new List<SkippedRecord>();
        return await ImportStudiesAsync(path, files.SelectMany(file => Studies(file, skipped)), skipped, progress, cancellation);
    }

    /// <summary>Imports studies from any source (files, or a page of the live API), in one transaction.</summary>
    public async Task<TrialImportResult> ImportStudiesAsync(string source, IEnumerable<(string Source, JsonElement Study)> studies,
        List<SkippedRecord>? skipped = null, IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        skipped ??= [];
        progress?.Report(new ImportProgress(ReadingStep, 0, 0));
        var trials = new Dictionary<string, Trial>(StringComparer.Ordinal);
        foreach (var (where, study) in studies)
        {
            cancellation.ThrowIfCancellationRequested();
            var (trial, error) = StudyMapper.Map(study);
            if (trial is null)
            {
                skipped.Add(new SkippedRecord(where, error!));
                continue;
            }

            trials[trial.NctId] = trial; // the last copy of a study in the input wins
            progress?.Report(new ImportProgress(ReadingStep, trials.Count, 0));
        }

        return new TrialImportResult(await SaveAsync(source, trials.Values.ToList(), skipped.Count, progress, cancellation), skipped);
    }

    /// <summary>The steps <see cref="ImportProgress"/> names: reading the input, then writing it in one transaction.</summary>
    public const string ReadingStep = "Reading studies";
    public const string WritingStep = "Writing trials";

    private async Task<ImportRun> SaveAsync(string source, List<Trial> trials, int skipped, IProgress<ImportProgress>? progress, CancellationToken cancellation)
    {
        var saved = await ImportTransaction.RunAsync(db, time, ImportKinds.Trials, Path.GetFileName(source.TrimEnd('/')), skipped, async run =>
        {
            var written = 0;
            progress?.Report(new ImportProgress(WritingStep, written, trials.Count));
            foreach (var batch in trials.Chunk(500))
            {
                var ids = batch.Select(t => t.NctId).ToList();
                var existing = await db.Trials.Include(t => t.Sites).Include(t => t.CancerTypes).AsSplitQuery()
                    .Where(t => ids.Contains(t.NctId)).ToDictionaryAsync(t => t.NctId, cancellation);
                foreach (var trial in batch)
                {
                    trial.ImportRunId = run.Id;
                    TrialTagger.Apply(trial, cancerTypes);
                    if (existing.TryGetValue(trial.NctId, out var current))
                    {
                        // The sites' finder rows go with their sites (a cascade in the database).
                        db.TrialSites.RemoveRange(current.Sites);
                        // Tags are keyed by cancer type: keep the ones that stay, so none is
                        // deleted and added again under the same key.
                        var wanted = trial.CancerTypes.Select(c => c.CancerTypeId).ToHashSet(StringComparer.Ordinal);
                        db.TrialCancerTypes.RemoveRange(current.CancerTypes.Where(c => !wanted.Contains(c.CancerTypeId)));
                        var kept = current.CancerTypes.Select(c => c.CancerTypeId).ToHashSet(StringComparer.Ordinal);
                        db.Entry(current).CurrentValues.SetValues(trial);
                        current.Sites = trial.Sites;
                        current.CancerTypes.RemoveAll(c => !wanted.Contains(c.CancerTypeId));
                        current.CancerTypes.AddRange(trial.CancerTypes.Where(c => !kept.Contains(c.CancerTypeId)));
                        run.Updated++;
                    }
                    else
                    {
                        db.Trials.Add(trial);
                        run.Added++;
                    }
                }

                await db.SaveChangesAsync(cancellation);
                db.ChangeTracker.Clear();
                written += batch.Length;
                progress?.Report(new ImportProgress(WritingStep, written, trials.Count));
            }

            // Tag bookkeeping goes in the same transaction as the trials it describes.
            var tagger = new TrialTagger(db, time);
            if (!await tagger.IsCurrentAsync(cancerTypes, cancellation))
            {
                // Trials tagged with other terms may remain; say so, and the site redoes them all.
                var onlyThese = run.Updated == 0 && await db.Trials.CountAsync(cancellation) == run.Added;
                await tagger.RecordAsync(cancerTypes, mixed: !onlyThese, cancellation);
            }
        }, cancellation);
        await RefreshStatisticsAsync(cancellation);
        return saved;
    }

    /// <summary>
    /// A large import changes what the query planner should do: fresh statistics (and, in
    /// PostgreSQL, a fresh visibility map so the finder's covering index is read without
    /// visiting the table) keep distance searches fast straight after an import.
    /// </summary>
    private async Task RefreshStatisticsAsync(CancellationToken cancellation)
    {
        var sql = db.Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "VACUUM (ANALYZE) \"Trials\", \"TrialSites\", \"TrialSiteCancerTypes\"",
            "Microsoft.EntityFrameworkCore.Sqlite" => "PRAGMA optimize",
            _ => null,
        };
        if (sql is not null)
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellation);
        }
    }

    /// <summary>Every study in a file, with where it came from (file, or file:line for NDJSON).</summary>
    private static IEnumerable<(string Source, JsonElement Study)> Studies(string file, List<SkippedRecord> skipped)
    {
        var name = Path.GetFileName(file);
        if (!file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var line = 0;
            foreach (var text in File.ReadLines(file))
            {
                line++;
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                var parsed = Parse(text, $"{name}:{line}", skipped);
                if (parsed is { } study)
                {
                    yield return ($"{name}:{line}", study);
                }
            }

            yield break;
        }

        if (Parse(File.ReadAllText(file), name, skipped) is not { } root)
        {
            yield break;
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("studies", out var studies) && studies.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var study in studies.EnumerateArray())
            {
                yield return ($"{name} studies[{index++}]", study);
            }
        }
        else
        {
            yield return (name, root);
        }
    }

    private static JsonElement? Parse(string text, string source, List<SkippedRecord> skipped)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            skipped.Add(new SkippedRecord(source, $"not valid JSON (line {ex.LineNumber + 1})"));
            return null;
        }
    }
}
