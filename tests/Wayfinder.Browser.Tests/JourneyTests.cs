using Microsoft.Playwright;

namespace Wayfinder.Browser.Tests;

/// <summary>A patient on a phone and a caregiver printing a page, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserFixture browser)
{
    private const int PhoneWidth = BrowserFixture.PhoneWidth;
    private const int PhoneHeight = BrowserFixture.PhoneHeight;

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_phone_the_season_banner_is_one_line_and_its_detail_is_one_tap_away(bool javaScript)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPhonePageAsync(javaScript);
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
        var page = await browser.NewPhonePageAsync(javaScript);
        await page.GotoAsync(path);

        var first = await page.Locator(".wf-result").First.BoundingBoxAsync();

        Assert.True(first!.Y < PhoneHeight, $"the first result starts {first.Y}px down");
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/en/cancer-types/neuroendocrine-tumours/diagnosis", true)]
    [InlineData("/en/cancer-types/neuroendocrine-tumours/diagnosis", false)]
    [InlineData("/fr/types-de-cancer/tumeurs-neuroendocrines/diagnostic", false)]
    public async Task On_a_phone_tapping_a_glossary_term_shows_its_definition_on_the_page(string path, bool javaScript)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPhonePageAsync(javaScript);
        await page.GotoAsync(path);
        var term = page.Locator(".wf-prose .wf-term").First;
        var definition = page.Locator("#" + await term.GetAttributeAsync("popovertarget"));
        Assert.False(await definition.IsVisibleAsync());

        await term.ClickAsync();

        Assert.EndsWith(path, page.Url, StringComparison.Ordinal);
        Assert.True(await definition.IsVisibleAsync());
        var box = await definition.BoundingBoxAsync();
        Assert.True(box!.X >= 0 && box.X + box.Width <= PhoneWidth, $"the definition runs from {box.X}px to {box.X + box.Width}px");
        Assert.True(box.Y >= 0 && box.Y + box.Height <= PhoneHeight, $"the definition runs from {box.Y}px to {box.Y + box.Height}px down");

        // A tap anywhere else closes it.
        await page.Locator("main h1").ClickAsync();

        Assert.False(await definition.IsVisibleAsync());
        Assert.EndsWith(path, page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task With_a_keyboard_a_glossary_definition_opens_with_Enter_closes_with_Escape_and_leads_on_to_the_glossary()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/en/cancer-types/neuroendocrine-tumours/diagnosis");
        var term = page.Locator(".wf-prose .wf-term").First;
        var definition = page.Locator("#" + await term.GetAttributeAsync("popovertarget"));

        await term.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await definition.IsVisibleAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await definition.IsVisibleAsync());
        Assert.True(await term.EvaluateAsync<bool>("b => document.activeElement === b"));

        await page.Keyboard.PressAsync("Enter");
        await definition.Locator("a").ClickAsync();

        await page.WaitForURLAsync("**/en/glossary#*");
        var anchor = page.Url.Split('#')[1];
        Assert.True(await page.Locator("#" + anchor).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/en/self-check", "depression", true)]
    [InlineData("/en/self-check", "depression", false)]
    [InlineData("/fr/auto-evaluation", "anxiety", false)]
    public async Task On_a_phone_an_error_summary_link_shows_the_whole_question_and_focuses_its_first_choice(string path, string item, bool javaScript)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPhonePageAsync(javaScript);
        await page.GotoAsync(path);
        await page.ClickAsync("#self-check-submit");
        await page.WaitForSelectorAsync(".wf-error-summary");

        await page.ClickAsync($".wf-error-summary a[href='#score-{item}-0']");

        Assert.Equal($"score-{item}-0", await page.EvaluateAsync<string>("document.activeElement.id"));
        foreach (var part in new[] { $"fieldset:has(#score-{item}-0) legend", $"#error-{item}", $"#score-{item}-0" })
        {
            var box = await page.Locator(part).BoundingBoxAsync();
            Assert.True(box!.Y >= 0 && box.Y + box.Height <= PhoneHeight, $"{part} runs from {box.Y}px to {box.Y + box.Height}px down");
        }

        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task On_a_phone_a_table_caption_spans_the_table()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPhonePageAsync();
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
        var page = await browser.NewPhonePageAsync();
        await page.GotoAsync("/en/drugs/octreotide");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator(".wf-feedback").IsVisibleAsync());
        Assert.Equal("table-row", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.wf-side-effects tbody tr')).display"));
        var relative = await page.EvaluateAsync<string>(
            "(() => { const a = document.querySelector('.wf-prose a[href^=\"/\"]'); return a ? getComputedStyle(a, '::after').content : 'none'; })()");
        Assert.Equal("none", relative);
        await page.Context.CloseAsync();
    }
}
