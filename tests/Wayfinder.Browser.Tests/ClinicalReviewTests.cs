using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Wayfinder.Content.Model;
using Wayfinder.Content.Reviews;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Browser.Tests;

/// <summary>The review notices and "What changed" as a reader meets them in Chromium: a page a
/// clinician signed, and one edited after its sign-off, on a phone and on a desktop, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClinicalReviewTests(BrowserFixture browser) : IDisposable
{
    private readonly string content = Repository.CopyContent();

    [SkippableFact]
    public async Task Signed_and_changed_pages_show_their_notices_with_no_wcag_violations_on_a_phone_and_a_desktop()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var ledger = Path.Combine(content, ReviewLedger.FileName);
        var text = File.ReadAllText(ledger);
        foreach (var page in new[] { "en/palliative-care.md", "fr/soins-palliatifs.md", "en/end-of-life-care.md", "fr/soins-de-fin-de-vie.md" })
        {
            text = ReviewLedger.Append(text, new SignOff(page, "Jane Roe", "RN", "CNO", new DateOnly(2026, 12, 1), SourceHash.Of(File.ReadAllText(Path.Combine(content, page))), 1));
        }

        File.WriteAllText(ledger, text);
        Edit("en/end-of-life-care.md", "Added a list of questions to ask.");
        Edit("fr/soins-de-fin-de-vie.md", "Ajout d’une liste de questions à poser.");

        using var site = new WayfinderFactory { ContentPath = content };
        site.UseKestrel(0);
        site.StartServer();
        var address = site.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        foreach (var (width, height) in new[] { (BrowserFixture.PhoneWidth, BrowserFixture.PhoneHeight), (1280, 900) })
        {
            var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height },
                BaseURL = address,
                BypassCSP = true,
            });
            var page = await context.NewPageAsync();

            await page.GotoAsync("/en/palliative-care");
            Assert.Equal("Reviewed by a clinician", (await page.TextContentAsync(".wf-reviewed-notice strong"))!.Trim());
            Assert.Contains("Jane Roe, RN (CNO)", await page.TextContentAsync(".wf-reviewed-notice"), StringComparison.Ordinal);
            Assert.True(await page.IsVisibleAsync(".wf-reviewed-notice"));
            await AssertNoViolationsAsync(page);

            await page.GotoAsync("/fr/soins-palliatifs");
            Assert.True(await page.IsVisibleAsync(".wf-reviewed-notice"));
            await AssertNoViolationsAsync(page);

            await page.GotoAsync("/en/end-of-life-care");
            Assert.Contains("not yet re-reviewed", await page.TextContentAsync(".wf-changed-notice"), StringComparison.Ordinal);
            Assert.Equal("December 3, 2026: Added a list of questions to ask.", (await page.TextContentAsync(".wf-changes li:first-child"))!.Trim());
            Assert.True(await page.IsVisibleAsync(".wf-changes"));
            await AssertNoViolationsAsync(page);

            await page.GotoAsync("/fr/soins-de-fin-de-vie");
            Assert.True(await page.IsVisibleAsync(".wf-changed-notice"));
            Assert.Contains("Ajout d’une liste de questions à poser.", await page.TextContentAsync(".wf-changes"), StringComparison.Ordinal);
            await AssertNoViolationsAsync(page);
            await context.CloseAsync();
        }
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

    private void Edit(string page, string note)
    {
        var path = Path.Combine(content, page);
        var text = File.ReadAllText(path);
        // The page's list starts with the day it was first published; the new line goes at its end.
        var at = text.IndexOf("\nsources:", StringComparison.Ordinal);
        text = text[..at] + $"\n  - date: 2026-12-03\n    note: {note}" + text[at..] + "\n";
        File.WriteAllText(path, text);
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, page.Url + ":\n" + string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }
}
