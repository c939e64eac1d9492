using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Trials;

// Trial budgets (DESIGN section 6):
//   import   <count> [provider] [connection]   records/s of the v2 importer (budget: >= 1,000/s into SQLite)
//   query    <count> [provider] [connection]   p99 of condition + status + 100 km queries (budget: < 50 ms)
// Records are SYNTHETIC, generated from the shape of a real ClinicalTrials.gov study, stored only in
// the benchmark's own database and titled "[SYNTHETIC BENCHMARK RECORD]" so they can never pass for real.
var mode = args.ElementAtOrDefault(0) ?? "import";
var count = int.Parse(args.ElementAtOrDefault(1) ?? "10000", System.Globalization.CultureInfo.InvariantCulture);
var provider = args.ElementAtOrDefault(2) ?? "sqlite";
var connection = args.ElementAtOrDefault(3) ?? $"Data Source={Path.Combine(Path.GetTempPath(), $"wayfinder-bench-{Guid.NewGuid():N}.db")}";
var data = Environment.GetEnvironmentVariable("WAYFINDER_TESTDATA") ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data"));
var template = JsonNode.Parse(File.ReadAllText(Path.Combine(data, "clinicaltrials/v2/aact_NCT05594173.json")))!;
var places = ReadPlaces(Path.Combine(data, "geo/pypostalcode_ca_fsa_centroids.csv"));
string[] conditions = ["Neuroendocrine Tumors", "Carcinoid Tumor", "Breast Cancer", "Lung Cancer", "Melanoma", "Colorectal Cancer", "Pancreatic Neuroendocrine Tumor", "Lymphoma"];
string[] statuses = ["RECRUITING", "NOT_YET_RECRUITING", "COMPLETED", "ACTIVE_NOT_RECRUITING"];
var random = new Random(42);
// Trials are tagged with the cancer types of the repository's content, as the site tags them.
var content = Environment.GetEnvironmentVariable("WAYFINDER_CONTENT") ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../content"));
var cancerTypes = CancerTypeCatalog.From(new Wayfinder.Content.Loading.ContentLoader { EditorialChecks = false }.Load(content));

await using var db = WayfinderDatabase.Create(provider, connection);
await db.Database.MigrateAsync();
Console.WriteLine($"{mode}: {count:N0} synthetic records, {provider}");

if (mode == "import")
{
    var file = Path.Combine(Path.GetTempPath(), $"wayfinder-bench-{Guid.NewGuid():N}.ndjson");
    await File.WriteAllLinesAsync(file, Enumerable.Range(0, count).Select(Synthetic));
    var clock = Stopwatch.StartNew();
    var result = await new TrialImporter(db, TimeProvider.System, cancerTypes).ImportAsync(file);
    clock.Stop();
    File.Delete(file);
    Console.WriteLine($"imported {result.Run.Added:N0} in {clock.Elapsed.TotalSeconds:0.00} s: {result.Run.Added / clock.Elapsed.TotalSeconds:N0} records/s (budget >= 1,000/s)");
    return;
}

// query: load in chunks, then time queries from random Canadian places.
if (await db.Trials.CountAsync() < count)
{
    var importer = new TrialImporter(db, TimeProvider.System, cancerTypes);
    for (var start = 0; start < count; start += 20_000)
    {
        var studies = Enumerable.Range(start, Math.Min(20_000, count - start))
            .Select(i => ($"synthetic {i}", JsonDocument.Parse(Synthetic(i)).RootElement));
        await importer.ImportStudiesAsync("synthetic", studies);
        Console.WriteLine($"loaded {Math.Min(count, start + 20_000):N0}");
    }
}

var search = new TrialSearch(db, TimeProvider.System, cancerTypes);
var times = new List<double>();
for (var i = 0; i < 220; i++)
{
    var place = places[random.Next(places.Length)];
    var clock = Stopwatch.StartNew();
    await search.SearchAsync(new TrialQuery { Condition = "neuroendocrine", Near = $"{place.Lat},{place.Lon}", RadiusKm = 100 });
    clock.Stop();
    if (i >= 20)
    {
        times.Add(clock.Elapsed.TotalMilliseconds); // the first 20 warm up
    }

    db.ChangeTracker.Clear();
}

times.Sort();
Console.WriteLine($"condition + status + 100 km over {await db.Trials.CountAsync():N0} trials: p50 {times[times.Count / 2]:0.0} ms, p99 {times[(int)(times.Count * 0.99)]:0.0} ms (budget p99 < 50 ms)");

string Synthetic(int i)
{
    var study = template.DeepClone();
    var protocol = study["protocolSection"]!;
    protocol["identificationModule"]!["nctId"] = $"NCT9{i:D7}";
    protocol["identificationModule"]!["briefTitle"] = $"[SYNTHETIC BENCHMARK RECORD] {i}";
    protocol["statusModule"]!["overallStatus"] = statuses[random.Next(statuses.Length)];
    protocol["conditionsModule"] = new JsonObject { ["conditions"] = new JsonArray(conditions[random.Next(conditions.Length)]) };
    var locations = new JsonArray();
    for (var s = 0; s < 1 + random.Next(3); s++)
    {
        var place = places[random.Next(places.Length)];
        locations.Add(new JsonObject
        {
            ["facility"] = "Synthetic site",
            ["city"] = place.City,
            ["state"] = place.Province,
            ["country"] = "Canada",
            ["geoPoint"] = new JsonObject { ["lat"] = place.Lat, ["lon"] = place.Lon },
        });
    }

    protocol["contactsLocationsModule"] = new JsonObject { ["locations"] = locations };
    study["resultsSection"] = null;
    study["documentSection"] = null;
    return study.ToJsonString();
}

static (string City, string Province, double Lat, double Lon)[] ReadPlaces(string csvPath)
{
    using var reader = new StreamReader(csvPath);
    using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
    return csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r))
        .Select(r => ((string)r["city"], (string)r["province"],
            double.Parse((string)r["latitude"], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse((string)r["longitude"], System.Globalization.CultureInfo.InvariantCulture)))
        .ToArray();
}
