using Wayfinder.Content.Synonyms;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Content.Loading;
using Wayfinder.Data;
using Wayfinder.Search;
using Wayfinder.Search.Sources;

namespace Wayfinder.Web.Features.Search;

/// <summary>
/// This node's search index (DESIGN section 2: every node builds its own from the same content
/// and database). Built in the background as soon as the content is loaded, and built again
/// when the content snapshot changes or a data import (trials, Health Canada products, or the
/// <c>reindex</c> command) finishes. Searches use the last good index while a new one is built.
/// </summary>
public sealed class SiteSearch(ContentStore content, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SiteSearch> logger)
    : BackgroundService
{
    private int importRuns;

    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<bool> rebuildRequests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private SearchIndex? current;
    private int? lastImportRun;
    private long builtVersion = -1;

    /// <summary>The index, or null while the first one is still being built.</summary>
    public SearchIndex? Current => Volatile.Read(ref current);

    /// <summary>How many trials the current index holds (0 when the database was unavailable).</summary>
    public int IndexedTrials { get; private set; }

    /// <summary>Health Canada brand names by drug sheet id, as the current index holds them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CanadianBrands { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The index, waiting for the first build (a second or so after start) if need be.</summary>
    public async Task<SearchIndex?> GetAsync(CancellationToken cancellation)
    {
        if (Current is null)
        {
            try
            {
                await ready.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellation).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Still building: the caller says search is not available yet.
            }
        }

        return Current;
    }

    /// <summary>Asks for a rebuild soon (several requests in a row make one rebuild).</summary>
    public void RequestRebuild() => rebuildRequests.Writer.TryWrite(true);

    /// <summary>What <c>/metrics</c> reports about this node's index.</summary>
    public (int Documents, int Trials, int ImportRuns) State => (Current?.DocumentCount ?? 0, IndexedTrials, importRuns);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        content.Changed += _ => RequestRebuild();
        var poll = TimeSpan.FromSeconds(configuration.GetValue("Search:ImportPollSeconds", 30));
        try
        {
            await content.Loaded.WaitAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // ContentStore has logged why; the next good snapshot raises Changed.
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            rebuildRequests.Reader.TryRead(out _);
            if (content.IsLoaded)
            {
                await RebuildAsync(stoppingToken);
            }

            await WaitForReasonToRebuildAsync(poll, stoppingToken);
        }
    }

    private async Task WaitForReasonToRebuildAsync(TimeSpan poll, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            tick.CancelAfter(poll);
            try
            {
                await rebuildRequests.Reader.WaitToReadAsync(tick.Token);
                rebuildRequests.Reader.TryRead(out _);
                if (content.IsLoaded && content.Current.Version != builtVersion)
                {
                    return; // the content changed since the index was built
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Another node or the CLI may have imported data into the shared database.
                if (await LatestImportRunAsync(stoppingToken) != lastImportRun)
                {
                    return;
                }
            }
        }
    }

    private async Task RebuildAsync(CancellationToken cancellation)
    {
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var snapshot = content.Current;
            var importRun = await LatestImportRunAsync(cancellation);
            var data = await ReadDataAsync(snapshot, cancellation);
            var synonyms = snapshot.SearchSynonyms;
            var documents = ContentDocuments.From(snapshot, data.ExtraBrands).Concat(data.Trials);
            var next = await Task.Run(() => SearchIndex.Build(documents, synonyms), cancellation);
            var previous = Interlocked.Exchange(ref current, next);
            IndexedTrials = data.TrialCount;
            CanadianBrands = data.ExtraBrands;
            builtVersion = snapshot.Version;
            lastImportRun = importRun;
            ready.TrySetResult();
            logger.LogInformation("Search index built: {Documents} documents ({Trials} trials) in {Milliseconds} ms",
                next.DocumentCount, IndexedTrials, clock.ElapsedMilliseconds);

            // Searches already running on the old index finish first.
            if (previous is not null)
            {
                _ = Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The search index could not be built; searches use the previous one");
            ready.TrySetResult(); // nobody waits for a build that failed
        }
    }

    /// <summary>Trials and brand names; when the database is down, search still covers every
    /// page, and the next import or rebuild brings the data back in.</summary>
    private async Task<SearchData> ReadDataAsync(Wayfinder.Content.Loading.ContentSnapshot snapshot, CancellationToken cancellation)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await SearchSources.ReadAsync(scope.ServiceProvider.GetRequiredService<WayfinderDbContext>(), snapshot, cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Trials and Canadian brand names could not be read; search covers the content only");
            return SearchData.None;
        }
    }

    private async Task<int?> LatestImportRunAsync(CancellationToken cancellation)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WayfinderDbContext>();
            var succeeded = db.ImportRuns.Where(r => r.Succeeded);
            importRuns = await succeeded.CountAsync(cancellation);
            return await succeeded.MaxAsync(r => (int?)r.Id, cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return lastImportRun; // database down: nothing new to index
        }
    }
}
