using Microsoft.Extensions.Logging;

namespace Wayfinder.Content.Loading;

/// <summary>
/// Holds the snapshot being served and swaps in a new one atomically. A snapshot with blocking
/// errors is never swapped in: the last good one keeps serving and the errors are logged.
/// </summary>
public sealed class ContentStore(string contentRoot, ContentLoader loader, ILogger<ContentStore> logger)
{
    private readonly TaskCompletionSource firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ContentSnapshot? current;

    public string ContentRoot { get; } = Path.GetFullPath(contentRoot);

    /// <summary>Raised after a new snapshot is swapped in.</summary>
    public event Action<ContentSnapshot>? Changed;

    /// <summary>The snapshot being served; waits for the first load if it is still running.</summary>
    public ContentSnapshot Current
    {
        get
        {
            if (current is null)
            {
                firstLoad.Task.GetAwaiter().GetResult();
            }

            return current ?? throw new InvalidOperationException("Content has not been loaded yet.");
        }
    }

    public bool IsLoaded => current is not null;

    /// <summary>Completes when the first snapshot is in place (or its load failed).</summary>
    public Task Loaded => firstLoad.Task;

    /// <summary>
    /// Starts the first load on the thread pool and returns at once, so the rest of start-up
    /// (the web server, the database check) runs while the content is read and rendered.
    /// </summary>
    public Task LoadInBackground() => Task.Run(() =>
    {
        try
        {
            Reload();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Content in {Root} could not be loaded", ContentRoot);
            firstLoad.TrySetException(ex);
        }
    });

    /// <summary>Loads the content; returns false (keeping the previous snapshot) if it has errors.</summary>
    public bool Reload()
    {
        var next = loader.Load(ContentRoot);
        foreach (var d in next.Diagnostics.Where(d => d.Severity == Checking.Severity.Error))
        {
            logger.LogWarning("Content problem: {Diagnostic}", d.ToString());
        }

        if (!next.CanServe)
        {
            logger.LogError("Content in {Root} has {Count} errors; {Action}", ContentRoot,
                next.Diagnostics.Count(d => d.BlocksServing),
                current is null ? "nothing to serve yet" : "keeping the last good content");
            if (current is null)
            {
                // Serve what loaded so the site is not blank on a bad first start; the readiness
                // check reports the errors.
                Interlocked.Exchange(ref current, next);
                firstLoad.TrySetResult();
            }

            return false;
        }

        Interlocked.Exchange(ref current, next);
        firstLoad.TrySetResult();
        logger.LogInformation("Content loaded: {Count} items, version {Version}", next.Items.Count, next.Version);
        Changed?.Invoke(next);
        return true;
    }
}
