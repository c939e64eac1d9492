using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Browser.Tests;

/// <summary>axe-core, WCAG 2.1 A and AA rules, on every page type in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var path in Repository.PagePaths())
        {
            data.Add(path);
        }

        data.Add("/fr/types-de-cancer/tumeurs-neuroendocrines?untranslated=1");
        // Search results, facets, did-you-mean and paging in both languages.
        data.Add("/en/search?q=diarhea");
        data.Add("/en/search?q=cancer&page=2&audience=patient");
        data.Add("/fr/recherche?q=fatigue&type=symptom-guide");
        data.Add("/fr/recherche?q=NCT05594173");
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_wcag_2_1_aa_violations(string path)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        // The test injects axe's script, so the page's own strict CSP is bypassed for the test only.
        var page = await browser.NewPageAsync(bypassCsp: true);

        await page.GotoAsync(path);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})");
        Assert.True(result.Violations.Length == 0, $"{path}:\n" + string.Join('\n', violations));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_outdated_browser_notice_and_narrow_screens_have_no_violations_either()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(width: 320, height: 640, bypassCsp: true);
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko" });

        await page.GotoAsync("/en/cancer-types/neuroendocrine-tumours");
        Assert.True(await page.Locator(".wf-outdated").IsVisibleAsync());
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.Empty(result.Violations.Select(v => v.Id));
        await page.Context.CloseAsync();
    }
}
