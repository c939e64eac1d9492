using System.Net;
using Microsoft.Extensions.Hosting;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Infrastructure;

/// <summary>An editor saving files while the site runs in Development.</summary>
public sealed class HotReloadTests : IDisposable
{
    private readonly string content = Repository.CopyContent();

    [Fact]
    public async Task An_edit_appears_without_a_restart_and_a_broken_edit_keeps_the_last_good_page()
    {
        using var factory = new WayfinderFactory { ContentPath = content, Environment = Environments.Development, WatchContent = true };
        var client = factory.CreateClient();
        var file = Path.Combine(content, "en", "palliative-care.md");
        var original = await File.ReadAllTextAsync(file);
        Assert.Contains("Palliative care", await client.GetStringAsync("/en/palliative-care"), StringComparison.Ordinal);

        await File.WriteAllTextAsync(file, original.Replace("title: Palliative care", "title: Palliative care and support", StringComparison.Ordinal));
        var edited = await WaitFor(client, "/en/palliative-care", html => html.Contains("<h1>Palliative care and support</h1>", StringComparison.Ordinal));
        Assert.True(edited, "the edited title should appear without a restart (and the cached page be replaced)");

        await File.WriteAllTextAsync(file, "---\nid: palliative-care\ntitle: [broken\n---\n");
        await Task.Delay(1500);
        var response = await client.GetAsync("/en/palliative-care");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Palliative care and support</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Readiness also waits for the node's first search index (built in the background).
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Wayfinder.Web.Features.Search.SiteSearch>(factory.Services).GetAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);
    }

    [Fact]
    public async Task The_language_toggle_of_an_untranslated_page_lands_on_the_translated_section_with_a_note()
    {
        var hub = Path.Combine(content, "en", "cancer-types", "neuroendocrine-tumours");
        var page = (await File.ReadAllTextAsync(Path.Combine(content, "en", "palliative-care.md")))
            .Replace("id: palliative-care", "id: net-types", StringComparison.Ordinal)
            .Replace("title: Palliative care", "title: Types of NETs", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(hub, "types.md"), page);
        using var factory = new WayfinderFactory { ContentPath = content };
        var client = factory.CreateClient();

        var (_, document) = await Html.GetAsync(client, "/en/cancer-types/neuroendocrine-tumours/types");
        var toggle = document.QuerySelector(".wf-language-toggle")!.GetAttribute("href");
        var (_, landing) = await Html.GetAsync(client, toggle!);

        Assert.Equal("/fr/types-de-cancer/tumeurs-neuroendocrines?untranslated=1", toggle);
        Assert.Contains("n'existe pas encore en français", landing.QuerySelector(".wf-not-translated")!.TextContent, StringComparison.Ordinal);
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

    private static async Task<bool> WaitFor(HttpClient client, string path, Func<string, bool> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (condition(await client.GetStringAsync(path)))
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
