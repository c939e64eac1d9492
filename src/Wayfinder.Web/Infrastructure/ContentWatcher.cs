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
        // Editors' lock, swap and backup files come and go with every keystroke; they are not content.
        FileSystemEventHandler onChange = (_, e) =>
        {
            if (!ContentFiles.IsEditorFile(e.FullPath))
            {
                changed.Release();
            }
        };
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, e) => onChange(watcher, e);
        watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "The content watcher missed changes; reloading");
        watcher.Error += (_, _) => changed.Release();
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
            catch (Exception ex)
            {
                // Unreadable files are content problems the loader reports; anything else that
                // goes wrong in one reload must not stop the watcher, let alone the site.
                logger.LogError(ex, "Content could not be reloaded; keeping the last good content and waiting for the next change");
            }
        }
    }
}
