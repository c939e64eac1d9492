using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Wayfinder's own measurements, next to ASP.NET Core's request durations, exported in the
/// Prometheus format at <c>/metrics</c> (OpenTelemetry). Nothing here carries a visitor's input.
/// </summary>
public sealed class WayfinderMetrics : IDisposable
{
    public const string MeterName = "Wayfinder";

    private readonly Meter meter = new(MeterName);
    private readonly Counter<long> cacheLookups;
    private readonly Counter<long> cacheHits;
    private readonly Histogram<double> searchDuration;
    private readonly Counter<long> searches;

    public WayfinderMetrics()
    {
        cacheLookups = meter.CreateCounter<long>("wayfinder.output_cache.lookups", description: "Page requests that could be served from the output cache.");
        cacheHits = meter.CreateCounter<long>("wayfinder.output_cache.hits", description: "Page requests served from the output cache; hits / lookups is the hit ratio.");
        searchDuration = meter.CreateHistogram<double>("wayfinder.search.duration", unit: "ms", description: "Time to run one search on the index.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100] });
        searches = meter.CreateCounter<long>("wayfinder.search.queries", description: "Searches run, by where they came from (page or api).");
    }

    /// <summary>Set by the search index: documents and the import runs it has seen.</summary>
    public Func<(int Documents, int Trials, int ImportRuns)>? IndexState { get; set; }

    public void ObserveIndex()
    {
        meter.CreateObservableGauge("wayfinder.search.index.documents", () => IndexState?.Invoke().Documents ?? 0, description: "Documents in this node's search index.");
        meter.CreateObservableGauge("wayfinder.search.index.trials", () => IndexState?.Invoke().Trials ?? 0, description: "Clinical trials in this node's search index.");
        meter.CreateObservableGauge("wayfinder.imports.completed", () => IndexState?.Invoke().ImportRuns ?? 0, description: "Successful import runs (trials, drug products, reindex) seen in the database.");
    }

    public void CacheLookup() => cacheLookups.Add(1);

    public void CacheHit() => cacheHits.Add(1);

    public T TimeSearch<T>(string source, Func<T> search)
    {
        var started = Stopwatch.GetTimestamp();
        var result = search();
        searchDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("source", source));
        searches.Add(1, new KeyValuePair<string, object?>("source", source));
        return result;
    }

    public void Dispose() => meter.Dispose();

    public static WayfinderMetrics AddTo(WebApplicationBuilder builder)
    {
        var metrics = new WayfinderMetrics();
        metrics.ObserveIndex();
        builder.Services.AddSingleton(metrics);
        builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddMeter(MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting")
            .AddPrometheusExporter());
        return metrics;
    }
}
