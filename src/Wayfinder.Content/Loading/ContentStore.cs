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

    /// <summary>Raised after a new snapshot is swapped in, with the one it replaced (null on the
    /// first load, or the valid part of a bad first load that a good one now replaces).</summary>
    public event Action<ContentChange>? Changed;

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

    /// <summary>Why there is nothing to serve, when the first load could not give a usable snapshot.</summary>
    public string? LoadProblem { get; private set; }

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
            // Never let a load failure reach requests as an exception: the site answers 503
            // pages, liveness stays up and readiness says why.
            logger.LogError(ex, "Content in {Root} could not be loaded", ContentRoot);
            LoadProblem = ex.Message;
            firstLoad.TrySetResult();
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
                // On a bad first start, serve the valid pages (a broken file's page is simply
                // absent) so the site is not blank; readiness reports the errors (ADR 10). Without
                // the site settings or the triage model no page can be shown safely: answer 503.
                if (next.HasEssentials)
                {
                    Interlocked.Exchange(ref current, next);
                }
                else
                {
                    LoadProblem = string.Join("; ", next.Diagnostics.Where(d => d.BlocksServing && (d.Path is "site.yaml" or Triage.TriageModel.FileName)).Take(3));
                }

                firstLoad.TrySetResult();
            }

            return false;
        }

        var previous = Interlocked.Exchange(ref current, next);
        LoadProblem = null;
        firstLoad.TrySetResult();
        logger.LogInformation("Content loaded: {Count} items, version {Version}", next.Items.Count, next.Version);
        Changed?.Invoke(new ContentChange(previous, next));
        return true;
    }
}

/// <summary>A snapshot swapped in, and the one it replaced (null when nothing was served before).</summary>
public sealed record ContentChange(ContentSnapshot? Previous, ContentSnapshot Current);
