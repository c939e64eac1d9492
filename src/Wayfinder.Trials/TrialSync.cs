using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Wayfinder.Data;

namespace Wayfinder.Trials;

/// <summary>What to ask ClinicalTrials.gov for, and how politely.</summary>
public sealed record SyncOptions
{
    /// <summary>The registry's condition search; by default, the content's cancer types
    /// (<see cref="CancerTypeCatalog.SyncCondition"/>).</summary>
    public required string Condition { get; init; }
    public IReadOnlyList<string> Statuses { get; init; } = TrialSearch.DefaultStatuses;
    public string? Country { get; init; } = "Canada";
    public int PageSize { get; init; } = 100;

    /// <summary>At least this long between two requests (the registry asks clients to be gentle).</summary>
    public TimeSpan MinimumInterval { get; init; } = TimeSpan.FromSeconds(1.2);
    public int Retries { get; init; } = 4;
    public TimeSpan FirstBackOff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Where the last page token is kept, so an interrupted sync resumes there.</summary>
    public required string StateFile { get; init; }
}

public sealed record SyncResult(int Pages, int Added, int Updated, int Skipped, bool Resumed);

/// <summary>A sync that stopped; its state file lets the next run resume.</summary>
public sealed class SyncFailedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// <c>trials sync</c>: pages through ClinicalTrials.gov API v2 (<c>/studies</c> with
/// <c>query.cond</c>, <c>filter.overallStatus</c>, <c>filter.advanced</c> for the country,
/// <c>pageSize</c> and <c>pageToken</c>), importing each page in its own transaction. Rate limited,
/// retried by a resilience pipeline (exponential back-off honouring Retry-After), and resumes from
/// the last page token after a failure.
/// </summary>
public sealed class TrialSync(HttpClient http, WayfinderDbContext db, TimeProvider time, CancerTypeCatalog cancerTypes)
{
    public async Task<SyncResult> RunAsync(SyncOptions options, IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        var query = QueryString(options);
        var state = ReadState(options.StateFile, query);
        var token = state;
        int pages = 0, added = 0, updated = 0, skipped = 0;
        DateTimeOffset? last = null;
        do
        {
            if (last is { } previous && time.GetUtcNow() - previous < options.MinimumInterval)
            {
                await Task.Delay(options.MinimumInterval - (time.GetUtcNow() - previous), time, cancellation);
            }

            var url = "studies?" + query + (token is null ? "" : "&pageToken=" + Uri.EscapeDataString(token));
            using var page = await GetWithRetriesAsync(url, options, cancellation);
            last = time.GetUtcNow();
            var studies = page.RootElement.TryGetProperty("studies", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select((s, i) => ($"page {pages + 1} studies[{i}]", s)).ToList()
                : throw new SyncFailedException($"page {pages + 1}: the response has no studies[]");
            var result = await new TrialImporter(db, time, cancerTypes).ImportStudiesAsync($"clinicaltrials.gov page {pages + 1}", studies, cancellation: cancellation);
            pages++;
            added += result.Run.Added;
            updated += result.Run.Updated;
            skipped += result.Run.Skipped;
            token = page.RootElement.TryGetProperty("nextPageToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;

            // Saved after the page is committed: a crash resumes at the next page, never skips one.
            WriteState(options.StateFile, query, token);
            progress?.Report($"page {pages}: {result.Run.Added} added, {result.Run.Updated} updated");
        }
        while (token is not null);

        File.Delete(options.StateFile);
        return new SyncResult(pages, added, updated, skipped, state is not null);
    }

    public static string QueryString(SyncOptions options)
    {
        var parts = new List<string>
        {
            "format=json",
            "query.cond=" + Uri.EscapeDataString(options.Condition),
            "filter.overallStatus=" + Uri.EscapeDataString(string.Join(',', options.Statuses)),
            "pageSize=" + options.PageSize,
        };
        if (!string.IsNullOrWhiteSpace(options.Country))
        {
            parts.Add("filter.advanced=" + Uri.EscapeDataString($"AREA[LocationCountry]{options.Country}"));
        }

        return string.Join('&', parts);
    }

    /// <summary>
    /// One page, retried with exponential back-off (honouring Retry-After) by a Polly pipeline
    /// from Microsoft.Extensions.Http.Resilience: network failures, time-outs, 429 and 5xx are
    /// retried; any other status fails at once.
    /// </summary>
    private async Task<JsonDocument> GetWithRetriesAsync(string url, SyncOptions options, CancellationToken cancellation)
    {
        var tries = 0;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.Retries),
                Delay = options.FirstBackOff,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(options.Retries > 0 && args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Exception: TaskCanceledException } => !cancellation.IsCancellationRequested,
                    { Result: { } response } => IsTransient(response.StatusCode),
                    _ => false,
                }),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(async token =>
            {
                tries++;
                return await http.GetAsync(url, token);
            }, cancellation);
        }
        catch (HttpRequestException ex)
        {
            throw new SyncFailedException($"{url}: {ex.Message} after {tries} tries; run the sync again to resume from this page", ex);
        }
        catch (TaskCanceledException ex) when (!cancellation.IsCancellationRequested)
        {
            throw new SyncFailedException($"{url}: timed out after {tries} tries; run the sync again to resume from this page", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var problem = $"HTTP {(int)response.StatusCode}";
                throw new SyncFailedException(IsTransient(response.StatusCode)
                    ? $"{url}: {problem} after {tries} tries; run the sync again to resume from this page"
                    : $"{url}: {problem}; not retried");
            }

            try
            {
                await using var stream = await response.Content.ReadAsStreamAsync(cancellation);
                return await JsonDocument.ParseAsync(stream, cancellationToken: cancellation);
            }
            catch (JsonException ex)
            {
                throw new SyncFailedException($"{url}: the response is not JSON", ex);
            }
        }
    }

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError;

    private static string? ReadState(string file, string query)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            return json.RootElement.GetProperty("query").GetString() == query ? json.RootElement.GetProperty("nextPageToken").GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null; // a damaged state file means starting from the first page
        }
    }

    private static void WriteState(string file, string query, string? token)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllText(file, JsonSerializer.Serialize(new { query, nextPageToken = token }));
    }
}
