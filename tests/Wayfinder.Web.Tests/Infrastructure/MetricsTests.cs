using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Infrastructure;

/// <summary><c>/metrics</c>: request durations, cache hits, search latency and index state for Prometheus.</summary>
public sealed partial class MetricsTests : IDisposable
{
    private readonly WayfinderFactory factory = new();

    [Fact]
    public async Task Metrics_report_request_durations_cache_hits_search_latency_and_the_index_in_prometheus_format()
    {
        var client = factory.CreateClient();
        await factory.Services.GetRequiredService<Wayfinder.Web.Features.Search.SiteSearch>().GetAsync(CancellationToken.None);
        await client.GetStringAsync("/en/drugs/octreotide");
        await client.GetStringAsync("/en/drugs/octreotide"); // the second comes from the cache

        await client.GetStringAsync("/api/search?q=fatigue");
        await client.GetStringAsync("/en/search?q=octreotide");

        // The exporter caches a scrape briefly; ask until this process's numbers are in.
        var text = "";
        for (var i = 0; i < 40 && !text.Contains("wayfinder_search_queries", StringComparison.Ordinal); i++)
        {
            var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync();
            await Task.Delay(250);
        }

        Assert.Matches(@"(?m)^http_server_request_duration_seconds_bucket\{", text);
        Assert.True(Value(text, "wayfinder_output_cache_lookups_total") >= 2, text);
        Assert.True(Value(text, "wayfinder_output_cache_hits_total") >= 1, text);
        Assert.Matches(@"(?m)^wayfinder_search_duration_milliseconds_bucket\{.*source=""api""", text);
        Assert.Matches(@"(?m)^wayfinder_search_duration_milliseconds_count\{.*source=""page""", text);
        // Meters are process-wide, so in this test process the gauge may be another test site's;
        // what this node reports through it is checked directly.
        Assert.Matches(@"(?m)^wayfinder_search_index_documents", text);
        Assert.True(factory.Services.GetRequiredService<Wayfinder.Web.Features.Search.SiteSearch>().State.Documents > 300);
        Assert.Matches(@"(?m)^wayfinder_imports_completed", text);
        Assert.DoesNotContain("fatigue", text, StringComparison.Ordinal);
    }

    private static double Value(string text, string name)
    {
        var match = Regex.Match(text, $@"(?m)^{name}(\{{[^}}]*\}})? ([0-9.eE+-]+)");
        return match.Success ? double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
    }

    public void Dispose() => factory.Dispose();
}
