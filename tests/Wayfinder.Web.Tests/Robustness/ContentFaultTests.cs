using System.Net;
using Microsoft.Extensions.Hosting;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Robustness;

/// <summary>
/// Content that cannot be read or parsed never stops the process, never turns liveness into an
/// error, and is named with its file in readiness (ADR 10).
/// </summary>
public sealed class ContentFaultTests : IDisposable
{
    private readonly string content = Repository.CopyContent();

    [Fact]
    public async Task A_watched_site_survives_editor_lock_files_and_a_dangling_link_and_still_picks_up_the_next_edit()
    {
        using var factory = new WayfinderFactory { ContentPath = content, Environment = Environments.Development, WatchContent = true };
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/palliative-care")).StatusCode);

        // Emacs's lock file beside a file being edited is a dangling link; so is a broken *.md link.
        var drugs = Path.Combine(content, "en", "drugs");
        File.CreateSymbolicLink(Path.Combine(drugs, ".#octreotide.md"), "root@host.1234:1700000000");
        File.CreateSymbolicLink(Path.Combine(drugs, "ghost.md"), Path.Combine(content, "no-such-file.md"));
        File.WriteAllText(Path.Combine(drugs, "octreotide.md~"), "a backup");
        await Task.Delay(1500);

        // The watcher is still alive: a real edit after the bad events appears.
        var file = Path.Combine(content, "en", "palliative-care.md");
        File.Delete(Path.Combine(drugs, "ghost.md"));
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("title: Palliative care", "title: Palliative care at home", StringComparison.Ordinal));
        // Up to 30 s: a reload builds the whole snapshot and the search index again, and the suite
        // runs beside other sites on a loaded machine. Only the watcher can make the new title appear.
        var seen = false;
        for (var attempt = 0; attempt < 150 && !seen; attempt++)
        {
            seen = (await client.GetStringAsync("/en/palliative-care")).Contains("<h1>Palliative care at home</h1>", StringComparison.Ordinal);
            await Task.Delay(200);
        }

        Assert.True(seen, "the content watcher should still be running after the lock file and the dangling link");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_production_start_with_an_unreadable_page_serves_the_rest_and_readiness_names_the_file()
    {
        File.CreateSymbolicLink(Path.Combine(content, "en", "drugs", "ghost.md"), Path.Combine(content, "no-such-file.md"));
        using var factory = new WayfinderFactory { ContentPath = content };
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/cancer-types/neuroendocrine-tumours")).StatusCode);
        var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("en/drugs/ghost.md:1", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_start_with_broken_site_settings_answers_a_503_page_with_retry_after_and_stays_alive()
    {
        await File.WriteAllTextAsync(Path.Combine(content, "site.yaml"), "languages: [unclosed\n");
        using var factory = new WayfinderFactory { ContentPath = content };
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var page = await client.GetAsync("/en/cancer-types/neuroendocrine-tumours");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("911", html, StringComparison.Ordinal);
        Assert.DoesNotContain("site.yaml", html, StringComparison.Ordinal);
        var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("site.yaml:", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(content, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
