using Microsoft.Playwright;

namespace Wayfinder.Browser.Tests;

/// <summary>Search in a real browser: facets by keyboard, with and without JavaScript, and type-ahead.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_keyboard_user_can_narrow_results_to_symptom_guides(bool javaScript)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript);
        await page.GotoAsync("/en/search?q=fatigue");

        // Tab from the search button into the facets, as a keyboard user would.
        await page.Locator("#search-page-q + input, #search-page-q ~ button").Last.FocusAsync();
        var reached = false;
        for (var i = 0; i < 15 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => (document.activeElement.getAttribute('href') || '').includes('type=symptom-guide')");
        }

        Assert.True(reached, "the symptom-guide facet is reachable with Tab");
        await page.FollowsAsync(() => page.Keyboard.PressAsync("Enter"), "**type=symptom-guide**");

        Assert.Equal("/en/symptoms/fatigue", await page.Locator(".wf-result__title a").First.GetAttributeAsync("href"));
        Assert.Equal("true", await page.Locator("nav[aria-labelledby=facet-type-title] a[aria-current=true]").GetAttributeAsync("aria-current"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Typing_in_the_search_box_offers_drug_names_and_the_chosen_one_leads_to_its_sheet()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/en/");

        await page.Locator("#search").PressSequentiallyAsync("sandos", new() { Delay = 30 });
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#' + document.getElementById('search').getAttribute('list') + ' option').length > 0");
        var options = await page.EvaluateAsync<string[]>("() => Array.from(document.getElementById(document.getElementById('search').getAttribute('list')).options).map(o => o.value)");
        await page.Locator("#search").FillAsync(options.First(o => o.StartsWith("Sandostatin", StringComparison.OrdinalIgnoreCase)));
        await page.FollowsAsync(() => page.Locator("#search").PressAsync("Enter"), "**/en/search?q=**");

        Assert.Equal("/en/drugs/octreotide", await page.Locator(".wf-result__title a").First.GetAttributeAsync("href"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Without_javascript_the_search_box_has_no_suggestion_list_and_still_searches()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/fr/");

        Assert.Null(await page.Locator("#search").GetAttributeAsync("list"));
        await page.Locator("#search").FillAsync("constipaton");
        await page.FollowsAsync(() => page.Locator("#search").PressAsync("Enter"), "**/fr/recherche?q=**");

        Assert.Equal("/fr/symptomes/constipation", await page.Locator(".wf-result__title a").First.GetAttributeAsync("href"));
        Assert.Equal("constipation", await page.Locator(".wf-did-you-mean a").TextContentAsync());
        await page.Context.CloseAsync();
    }
}
