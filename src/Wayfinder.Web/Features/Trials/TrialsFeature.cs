using Wayfinder.Content.Loading;
using Wayfinder.Data;
using Wayfinder.Trials;

namespace Wayfinder.Web.Features.Trials;

/// <summary>The trial finder: its services and endpoints, registered in one place.</summary>
public static class TrialsFeature
{
    public static IServiceCollection AddTrials(this IServiceCollection services)
    {
        services.AddSingleton<CancerTypes>();
        services.AddTransient(sp => sp.GetRequiredService<CancerTypes>().Catalog);
        services.AddScoped<TrialSearch>();
        services.AddSingleton<TrialTagging>();
        services.AddHostedService(sp => sp.GetRequiredService<TrialTagging>());
        return services;
    }

    public static IEndpointRouteBuilder MapTrials(this IEndpointRouteBuilder app)
    {
        app.MapTrialsApi();
        return app;
    }
}

/// <summary>The cancer types of the current content snapshot, as trials see them; rebuilt once per snapshot.</summary>
public sealed class CancerTypes(ContentStore store)
{
    private (long Version, CancerTypeCatalog Catalog)? cached;

    public CancerTypeCatalog Catalog
    {
        get
        {
            var snapshot = store.Current;
            if (cached is { } current && current.Version == snapshot.Version)
            {
                return current.Catalog;
            }

            var catalog = CancerTypeCatalog.From(snapshot);
            cached = (snapshot.Version, catalog);
            return catalog;
        }
    }
}

/// <summary>
/// Keeps stored trials tagged to the content's cancer types: once the content has loaded, and
/// again whenever a new snapshot changes any cancer type's terms (a new hub, a new term). The
/// work runs in the background, in one transaction, so the finder keeps answering from the
/// previous tags until the new ones are complete. A database that cannot be reached is logged
/// and tried again a minute later.
/// </summary>
public sealed class TrialTagging(ContentStore store, CancerTypes cancerTypes, IServiceScopeFactory scopes, TimeProvider time, ILogger<TrialTagging> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0);
    private readonly TaskCompletionSource firstPass = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first check of the stored tags has run (whatever its outcome).</summary>
    public Task FirstPass => firstPass.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        store.Changed += OnChanged;
        try
        {
            await store.Loaded.WaitAsync(stoppingToken);
            string? done = null;
            while (!stoppingToken.IsCancellationRequested)
            {
                var failed = false;
                // A first load that gave nothing to serve has no cancer types to tag with yet;
                // the next good load wakes this loop.
                if (store.IsLoaded)
                {
                    var catalog = cancerTypes.Catalog;
                    if (catalog.Fingerprint != done)
                    {
                        failed = !await RetagAsync(catalog, stoppingToken);
                        done = failed ? done : catalog.Fingerprint;
                    }
                }

                firstPass.TrySetResult();
                // After a failure (the database was down), try again in a minute.
                await wake.WaitAsync(failed ? TimeSpan.FromMinutes(1) : Timeout.InfiniteTimeSpan, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            store.Changed -= OnChanged;
        }
    }

    private void OnChanged(ContentChange change)
    {
        // Only a change to some cancer type's terms means work.
        if (change.Previous is null || CancerTypeCatalog.From(change.Previous).Fingerprint != CancerTypeCatalog.From(change.Current).Fingerprint)
        {
            wake.Release();
        }
    }

    private async Task<bool> RetagAsync(CancerTypeCatalog catalog, CancellationToken cancellation)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WayfinderDbContext>();
            var tagged = await new TrialTagger(db, time).RetagAsync(catalog, cancellation);
            if (tagged is { } count)
            {
                logger.LogInformation("Trials tagged to {CancerTypes} cancer types: {Count} trials belong to at least one", catalog.All.Count, count);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Trials could not be tagged to the content's cancer types; the previous tags stay until the next content change or start");
            return false;
        }
    }

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }
}
