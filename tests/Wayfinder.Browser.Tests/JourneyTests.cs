using Microsoft.Playwright;

namespace Wayfinder.Browser.Tests;

/// <summary>A patient on a phone and a caregiver printing a page, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserFixture browser)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_phone_the_season_banner_is_one_line_and_its_detail_is_one_tap_away(bool javaScript)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript, PhoneWidth, PhoneHeight);
        await page.GotoAsync("/en/palliative-care");
        var banner = page.Locator(".wf-banner--warning");

        var closed = await banner.BoundingBoxAsync();
        Assert.True(closed!.Height <= 130, $"the banner takes {closed.Height}px");
        Assert.False(await banner.Locator(".wf-banner__body").IsVisibleAsync());

        await banner.Locator("summary").ClickAsync();

        Assert.True(await banner.Locator(".wf-banner__body").IsVisibleAsync());
        Assert.Contains("fever", await banner.Locator(".wf-banner__body").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/en/search?q=fatigue", true)]
    [InlineData("/en/search?q=fatigue", false)]
    [InlineData("/fr/recherche?q=fatigue", false)]
    public async Task On_a_phone_the_first_search_result_is_on_the_first_screen(string path, bool javaScript)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript, PhoneWidth, PhoneHeight);
        await page.GotoAsync(path);

        var first = await page.Locator(".wf-result").First.BoundingBoxAsync();

        Assert.True(first!.Y < PhoneHeight, $"the first result starts {first.Y}px down");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task On_a_phone_a_table_caption_spans_the_table()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(width: PhoneWidth, height: PhoneHeight);
        await page.GotoAsync("/en/drugs/octreotide");

        var caption = await page.Locator(".wf-side-effects caption").BoundingBoxAsync();
        var table = await page.Locator(".wf-side-effects").BoundingBoxAsync();

        Assert.True(caption!.Width >= table!.Width * 0.9, $"the caption is {caption.Width}px wide in a {table.Width}px table");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_printed_drug_sheet_has_no_forms_keeps_its_table_and_no_relative_addresses()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(width: PhoneWidth, height: PhoneHeight);
        await page.GotoAsync("/en/drugs/octreotide");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator(".wf-feedback").IsVisibleAsync());
        Assert.Equal("table-row", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.wf-side-effects tbody tr')).display"));
        var relative = await page.EvaluateAsync<string>(
            "(() => { const a = document.querySelector('.wf-prose a[href^=\"/\"]:not(.wf-term)'); return a ? getComputedStyle(a, '::after').content : 'none'; })()");
        Assert.Equal("none", relative);
        await page.Context.CloseAsync();
    }
}
