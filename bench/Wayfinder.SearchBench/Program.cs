using Wayfinder.Content.Synonyms;
using System.Diagnostics;
using Wayfinder.Content.Loading;
using Wayfinder.Search;

// Search budgets (DESIGN section 6):
//   index build of the whole content pack   under 1 s
//   Search p99 for 1-3 word queries         under 10 ms, with the content and 10,000 trials indexed
// Usage: dotnet run -c Release --project bench/Wayfinder.SearchBench [trials=10000] [rounds=200]
var trialCount = int.Parse(args.ElementAtOrDefault(0) ?? "10000", System.Globalization.CultureInfo.InvariantCulture);
var rounds = int.Parse(args.ElementAtOrDefault(1) ?? "200", System.Globalization.CultureInfo.InvariantCulture);
var root = FindRepository();
var snapshot = new ContentLoader { EditorialChecks = false }.Load(Path.Combine(root, "content"));
var synonyms = SynonymMap.Load(Path.Combine(root, "content", "search", "synonyms.yaml"));
var content = ContentDocuments.From(snapshot);
var trials = SyntheticTrials.Generate(trialCount).ToList();

// The first build pays for JIT compilation, as the site's single build at start-up does;
// later builds show the indexing work alone (median of 5).
var clock = Stopwatch.StartNew();
SearchIndex.Build(content, synonyms).Dispose();
var coldBuild = clock.Elapsed;
var warmBuilds = new List<double>();
for (var i = 0; i < 5; i++)
{
    clock.Restart();
    SearchIndex.Build(content, synonyms).Dispose();
    warmBuilds.Add(clock.Elapsed.TotalMilliseconds);
}

clock.Restart();
using var index = SearchIndex.Build(content.Concat(trials), synonyms);
var fullBuild = clock.Elapsed;

(string Text, string Lang)[] queries =
[
    ("octreotide", "en"), ("Sandostatin", "en"), ("lanreotide", "en"), ("lutathera side efects", "en"), ("diarrhea", "en"),
    ("diarhea", "en"), ("tired", "en"), ("fatigue", "en"), ("shortness of breath", "en"), ("PRRT", "en"), ("carcinoid", "en"),
    ("neuroendocrine tumour", "en"), ("pancreatic NET", "en"), ("palliative care", "en"), ("pain", "en"), ("nausea vomiting", "en"),
    ("everolimus trial", "en"), ("Ki-67 grade", "en"), ("chromogranin", "en"), ("capecitabine temozolomide", "en"),
    ("diarrhée", "fr"), ("soins palliatifs", "fr"), ("fatigue", "fr"), ("tumeur neuroendocrine", "fr"), ("octréotide", "fr"),
];

for (var i = 0; i < 20; i++)
{
    foreach (var (text, lang) in queries)
    {
        index.Search(new SearchQuery(text, lang));
    }
}

var perQuery = queries.ToDictionary(q => q, _ => new List<double>());
for (var round = 0; round < rounds; round++)
{
    foreach (var query in queries)
    {
        clock.Restart();
        index.Search(new SearchQuery(query.Text, query.Lang));
        perQuery[query].Add(clock.Elapsed.TotalMilliseconds);
    }
}

var suggestTimes = new List<double>();
foreach (var prefix in Enumerable.Repeat(new[] { "oc", "sando", "neuro", "diarr", "pal" }, rounds).SelectMany(p => p))
{
    clock.Restart();
    index.Suggest(prefix, "en");
    suggestTimes.Add(clock.Elapsed.TotalMilliseconds);
}

// Hostile queries: 200 random characters (the longest a query may be), letters, digits and
// punctuation, in both languages. Each is new, so nothing is cached; the worst case is reported.
var random = new Random(20261203);
const string Alphabet = "abcdefghijklmnopqrstuvwxyzéèàç0123456789 -'.";
var hostile = Enumerable.Range(0, rounds).Select(i => (new string(Enumerable.Range(0, SearchQueryRules.MaxLength).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray()), i % 2 == 0 ? "en" : "fr")).ToList();
foreach (var (text, lang) in hostile.Take(20))
{
    index.Search(new SearchQuery(text, lang));
}

var hostileTimes = new List<double>();
foreach (var (text, lang) in hostile)
{
    clock.Restart();
    index.Search(new SearchQuery(text, lang));
    hostileTimes.Add(clock.Elapsed.TotalMilliseconds);
}

var all = perQuery.Values.SelectMany(v => v).ToList();
Console.WriteLine($"Search benchmark: {content.Count} content documents + {trials.Count:N0} synthetic trials = {index.DocumentCount:N0} documents; {rounds} rounds of {queries.Length} queries after 20 warm-up rounds");
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
Console.WriteLine();
Console.WriteLine("| measure | value | budget |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| content index build, first (cold, includes JIT) | {coldBuild.TotalMilliseconds:F0} ms | < 1,000 ms |");
Console.WriteLine($"| content index build, warm (median of 5) | {P(warmBuilds, 50):F0} ms | < 1,000 ms |");
Console.WriteLine($"| content + {trials.Count:N0} trials index build | {fullBuild.TotalMilliseconds:F0} ms | |");
Console.WriteLine($"| Search p50 / p95 / p99, all queries | {P(all, 50):F2} / {P(all, 95):F2} / {P(all, 99):F2} ms | p99 < 10 ms |");
Console.WriteLine($"| Suggest p50 / p99 | {P(suggestTimes, 50):F3} / {P(suggestTimes, 99):F3} ms | |");
Console.WriteLine($"| Random 200-character queries p50 / p99 / worst ({hostileTimes.Count}) | {P(hostileTimes, 50):F2} / {P(hostileTimes, 99):F2} / {hostileTimes.Max():F2} ms | a few ms |");
Console.WriteLine();
Console.WriteLine("| query | lang | results | p50 ms | p95 ms | p99 ms |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var ((text, lang), times) in perQuery)
{
    var total = index.Search(new SearchQuery(text, lang)).Total;
    Console.WriteLine($"| {text} | {lang} | {total:N0} | {P(times, 50):F2} | {P(times, 95):F2} | {P(times, 99):F2} |");
}

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

static string FindRepository()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Wayfinder.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository (no Wayfinder.slnx found above the current folder).");
}
