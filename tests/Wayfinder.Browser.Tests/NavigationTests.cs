using Microsoft.Playwright;

namespace Wayfinder.Browser.Tests;

/// <summary>What a keyboard user, a French reader and a phone user do, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture browser)
{
    private const string Hub = "/en/cancer-types/neuroendocrine-tumours";
    private const string FrenchHub = "/fr/types-de-cancer/tumeurs-neuroendocrines";

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(bool javaScript)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript);
        await page.GotoAsync(Hub);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        Assert.True(await page.Locator(".wf-skip-link").First.IsVisibleAsync(), "the focused skip link must be visible");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_second_skip_link_goes_to_the_search_field()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Hub);

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("search", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_language_toggle_round_trips_between_the_english_and_french_hub()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Hub);

        await page.FollowsAsync(() => page.Locator(".wf-language-toggle").ClickAsync(), "**" + FrenchHub);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Tumeurs neuroendocrines (TNE)", (await page.Locator("h1").TextContentAsync())?.Trim());

        await page.FollowsAsync(() => page.Locator(".wf-language-toggle").ClickAsync(), "**" + Hub);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_banner_can_be_dismissed_with_javascript_off_and_stays_closed()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/en/palliative-care");
        Assert.True(await page.Locator(".wf-banner--warning").IsVisibleAsync());

        await page.FollowsAsync(() => page.Locator(".wf-banner--warning button").ClickAsync(), "**/en/palliative-care");

        Assert.Equal(0, await page.Locator(".wf-banner--warning").CountAsync());
        await page.GotoAsync(Hub);
        Assert.Equal(0, await page.Locator(".wf-banner--warning").CountAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task With_javascript_on_the_banner_closes_in_place_and_focus_moves_to_main()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/en/end-of-life-care");

        await page.Locator(".wf-banner--warning button").ClickAsync();
        await page.Locator(".wf-banner--warning").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator(".wf-banner--warning").CountAsync());
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/en/")]
    [InlineData(Hub)]
    [InlineData(FrenchHub)]
    [InlineData("/fr/soins-de-fin-de-vie")]
    [InlineData("/en/search?q=carcinoid")]
    [InlineData("/en/no-such-page")]
    public async Task At_320_pixels_wide_nothing_scrolls_sideways(string path)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await page.GotoAsync(path);

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(scrollWidth <= 320, $"{path} is {scrollWidth}px wide at a 320px viewport");
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_wallet_card_prints_at_wallet_size()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/en/cancer-types/neuroendocrine-tumours/carcinoid-syndrome");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var width = await page.EvaluateAsync<double>("document.querySelector('.wf-wallet-card').getBoundingClientRect().width");

        // 85.6 mm is about 323.5 CSS pixels.
        Assert.InRange(width, 320, 327);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Printing_shows_just_the_content_with_link_addresses()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Hub);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator(".wf-header").IsVisibleAsync());
        Assert.False(await page.Locator(".wf-banner").First.IsVisibleAsync());
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        var after = await page.EvaluateAsync<string>(
            "getComputedStyle(document.querySelector('.wf-prose a[href^=\"https\"]'), '::after').content");
        Assert.Contains("https://", after, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
