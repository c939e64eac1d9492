using Wayfinder.Content.Loading;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// In Development (or with <c>Content:Watch=true</c>) rebuilds the snapshot when a content file
/// changes. Editors save in bursts, so changes are debounced; a broken edit is rejected by the
/// store, which keeps serving the last good snapshot.
/// </summary>
public sealed class ContentWatcher(ContentStore store, ILogger<ContentWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(store.ContentRoot)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName | NotifyFilters.Size,
        };
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {Root} for content changes", store.ContentRoot);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await changed.WaitAsync(stoppingToken);
                await Task.Delay(Debounce, stoppingToken);
                while (changed.CurrentCount > 0)
                {
                    await changed.WaitAsync(stoppingToken);
                }

                store.Reload();
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (IOException ex)
            {
                // A file can be half-written when the event fires; the next event retries.
                logger.LogWarning(ex, "Could not read content yet; waiting for the next change");
            }
        }
    }
}
