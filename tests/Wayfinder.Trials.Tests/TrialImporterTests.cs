using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Data.Imports;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Trials.Tests;

/// <summary>The trials importer on the real fixtures, in SQLite and PostgreSQL.</summary>
public sealed class TrialImporterTests
{
    public static TheoryData<string> Providers() => new() { WayfinderDatabase.Sqlite, WayfinderDatabase.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_folder_of_studies_and_search_pages_imports_once_and_updates_after(string provider)
    {
        var (folder, database) = Prepare(provider);
        using var _ = database;
        await using var db = database.Open();

        var first = await new TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(folder);
        var second = await new TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(folder);

        Assert.True(first.Run.Added >= 10);
        Assert.Empty(first.Skipped);
        Assert.Equal(0, second.Run.Added);
        Assert.Equal(first.Run.Added, second.Run.Updated);
        Assert.Equal(first.Run.Added, await db.Trials.CountAsync());
        var toronto = await db.Trials.Include(t => t.Sites).SingleAsync(t => t.NctId == "NCT05594173");
        Assert.Single(toronto.Sites);
        var many = await db.Trials.Include(t => t.Sites).SingleAsync(t => t.NctId == "NCT02552212");
        Assert.True(many.Sites.Count >= 100, "the 105-site study keeps every site");
        Assert.Equal(2, many.Sites.Count(s => s.Country == "Canada"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Malformed_records_in_ndjson_are_skipped_with_their_line_and_the_rest_imported(string provider)
    {
        var (folder, database) = Prepare(provider);
        using var _ = database;
        var good = File.ReadAllText(Path.Combine(folder, "v2", "aact_NCT05594173.json")).ReplaceLineEndings(" ");
        var ndjson = Path.Combine(Path.GetTempPath(), $"trials-{Guid.NewGuid():N}.ndjson");
        File.WriteAllLines(ndjson, [good, "{ this is not json", "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT99999999\"}}}"]);
        await using var db = database.Open();

        var result = await new TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(ndjson);

        Assert.Equal(1, result.Run.Added);
        Assert.Equal(2, result.Run.Skipped);
        Assert.Contains(result.Skipped, s => s.Source.EndsWith(":2", StringComparison.Ordinal) && s.Reason.StartsWith("not valid JSON", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Source.EndsWith(":3", StringComparison.Ordinal) && s.Reason.Contains("briefTitle is missing", StringComparison.Ordinal));
        File.Delete(ndjson);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task An_interrupted_import_leaves_the_previous_data(string provider)
    {
        var (folder, database) = Prepare(provider);
        using var _ = database;
        await using (var first = database.Open())
        {
            await new TrialImporter(first, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(Path.Combine(folder, "v2"));
        }

        using var stop = new CancellationTokenSource();
        await using var db = database.Open();
        var progress = new SynchronousProgress(count =>
        {
            if (count >= 2)
            {
                stop.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(folder, progress, stop.Token));

        await using var check = database.Open();
        Assert.Equal(3, await check.Trials.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_trial_that_stops_recruiting_leaves_nearby_searches_when_it_is_imported_again(string provider)
    {
        var (folder, database) = Prepare(provider);
        using var _ = database;
        var study = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "v2", "aact_NCT05594173.json")))!;
        var protocol = study["protocolSection"]!;
        protocol["conditionsModule"] = new System.Text.Json.Nodes.JsonObject { ["conditions"] = new System.Text.Json.Nodes.JsonArray("Neuroendocrine Tumors") };
        var file = Path.Combine(Path.GetTempPath(), $"trial-{Guid.NewGuid():N}.json");
        await using var db = database.Open();
        var search = new TrialSearch(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog);
        var nearToronto = new TrialQuery { Condition = "carcinoid", Near = "43.65,-79.38", RadiusKm = 50 };

        protocol["statusModule"]!["overallStatus"] = "RECRUITING";
        File.WriteAllText(file, study.ToJsonString());
        await new TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(file);
        var whileRecruiting = await search.SearchAsync(nearToronto);

        protocol["statusModule"]!["overallStatus"] = "COMPLETED";
        File.WriteAllText(file, study.ToJsonString());
        await new TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(file);
        db.ChangeTracker.Clear();
        var afterItClosed = await search.SearchAsync(nearToronto);
        var completed = await search.SearchAsync(nearToronto with { Statuses = ["COMPLETED"] });
        File.Delete(file);

        Assert.Equal("NCT05594173", Assert.Single(whileRecruiting.Hits).Trial.NctId);
        Assert.Empty(afterItClosed.Hits);
        Assert.Equal("COMPLETED", Assert.Single(completed.Hits).Trial.OverallStatus);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task Postal_areas_import_from_the_real_file(string provider)
    {
        var (_, database) = Prepare(provider);
        using var __ = database;
        var csv = SharedData.File("geo/pypostalcode_ca_fsa_centroids.csv");
        Skip.If(csv is null, "test data missing");
        await using var db = database.Open();

        var (imported, skipped) = await new PostalAreaImporter(db).ImportAsync(csv!);

        Assert.Equal(1645, imported);
        Assert.Empty(skipped);
        var ottawa = await db.PostalAreas.SingleAsync(a => a.Fsa == "K1A");
        Assert.Equal("Ontario", ottawa.Province);
    }

    private static (string Folder, TestDatabase Database) Prepare(string provider)
    {
        var unavailable = TestDatabase.Unavailable(provider);
        Skip.If(unavailable is not null, unavailable);
        var folder = Path.Combine(SharedData.Folder, "clinicaltrials");
        var missing = TestTools.Missing(Directory.Exists(folder) ? folder : null, "The ClinicalTrials.gov fixtures");
        Skip.If(missing is not null, missing);
        return (folder, TestDatabase.Create(provider));
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Step == TrialImporter.ReadingStep)
            {
                report(value.Done);
            }
        }
    }
}
