using Deque.AxeCore.Playwright;
namespace Wayfinder.Browser.Tests;

/// <summary>The self-check as a keyboard user and a screen-reader user meet it, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SelfCheckTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task The_form_can_be_completed_with_the_keyboard_only()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/en/self-check");

        // Tab into each 0-10 group and move with the arrow keys, as a keyboard user does.
        await page.FocusAsync("#score-pain-0");
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        Assert.True(await page.IsCheckedAsync("#score-pain-6"));
        foreach (var id in new[] { "tiredness", "drowsiness", "nausea", "appetite", "shortness-of-breath", "depression", "anxiety", "wellbeing" })
        {
            await page.FocusAsync($"#score-{id}-0");
            await page.Keyboard.PressAsync("Space");
        }

        await page.FocusAsync("#self-check-submit");
        await page.FollowsAsync(() => page.Keyboard.PressAsync("Enter"), "**/en/self-check#result-title");
        await page.WaitForSelectorAsync(".wf-self-check-result");

        // Pain 6 is moderate: "today", as the pain guide's moderate section says, said in words;
        // and the advice has the focus, so it is read first.
        Assert.Equal("Today:", (await page.TextContentAsync(".wf-self-check-result .wf-card__label"))!.Trim());
        Assert.Equal("result-title", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task With_javascript_off_a_ticked_fever_alone_gives_its_urgent_advice_announced_in_words()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/fr/auto-evaluation");

        // Only the danger sign, no scores: the advice must not wait behind the form.
        await page.CheckAsync("#flag-fever");
        await page.ClickAsync("#self-check-submit");
        await page.WaitForSelectorAsync(".wf-self-check-result");

        // A fever is urgent: the 24-hour line now, the emergency department if they cannot be reached.
        var heading = (await page.TextContentAsync(".wf-self-check-result h1"))!.Trim();
        Assert.StartsWith("Urgent\u00a0:", heading, StringComparison.Ordinal);
        Assert.Contains("urgences", await page.TextContentAsync(".wf-self-check-result .wf-card__content"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task After_one_visitor_submits_and_reloads_the_form_two_other_visitors_can_still_submit_it()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        // The first visitor submits, then starts a new self-check: a reload that sends their cookie.
        var first = await browser.NewPageAsync();
        await first.GotoAsync("/en/self-check");
        await first.CheckAsync("#flag-fever");
        await first.ClickAsync("#danger-signs-submit");
        await first.WaitForSelectorAsync(".wf-self-check-result");
        await first.FollowsAsync(() => first.ClickAsync(".wf-self-check-result a[href='/en/self-check']"), "**/en/self-check");
        await first.ReloadAsync();
        await first.Context.CloseAsync();

        // Two other people, each in a browser of their own, one after the other.
        foreach (var path in new[] { "/en/self-check", "/en/self-check" })
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(path);
            await page.CheckAsync("#flag-one-leg-swelling");
            await page.ClickAsync("#danger-signs-submit");
            await page.WaitForSelectorAsync(".wf-self-check-result, .wf-error-summary, h1");

            Assert.Equal("result-title", await page.GetAttributeAsync("h1", "id"));
            await page.Context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task The_error_summary_takes_focus_and_its_links_lead_to_the_fields()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/en/self-check");
        await page.CheckAsync("#score-pain-3");

        await page.ClickAsync("#self-check-submit");
        await page.WaitForSelectorAsync(".wf-error-summary");

        Assert.Equal("wf-error-summary", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.ClickAsync(".wf-error-summary a[href='#score-tiredness-0']");
        Assert.Equal("score-tiredness-0", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.True(await page.IsCheckedAsync("#score-pain-3"));
        await page.Context.CloseAsync();
    }
}

/// <summary>axe on the self-check result, the page a person reads when it matters most.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SelfCheckResultAccessibilityTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("/en/self-check")]
    [InlineData("/fr/auto-evaluation")]
    public async Task The_result_page_and_the_error_page_have_no_wcag_violations(string path)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(bypassCsp: true);
        await page.GotoAsync(path);
        await page.ClickAsync("#self-check-submit");
        await page.WaitForSelectorAsync(".wf-error-summary");
        var errors = await page.RunAxe(Options());
        Assert.Empty(errors.Violations.Select(v => v.Id));

        foreach (var id in new[] { "pain", "tiredness", "drowsiness", "nausea", "appetite", "shortness-of-breath", "depression", "anxiety", "wellbeing", "flushing" })
        {
            await page.CheckAsync($"#score-{id}-{(id == "pain" ? 9 : 3)}");
        }

        await page.CheckAsync("#flag-one-leg-swelling");

        await page.ClickAsync("#self-check-submit");
        await page.WaitForSelectorAsync(".wf-self-check-result");
        var result = await page.RunAxe(Options());

        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
        await page.Context.CloseAsync();
    }

    private static Deque.AxeCore.Commons.AxeRunOptions Options() => new()
    {
        RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };
}

/// <summary>A trial page with real data: axe, and the finder without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrialPageBrowserTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("/en/clinical-trials?status=ANY&near=M5G&radiusKm=100")]
    [InlineData("/en/clinical-trials/NCT05594173?near=M5G")]
    [InlineData("/fr/essais-cliniques/NCT02552212")]
    public async Task Trial_search_and_trial_pages_have_no_wcag_violations(string path)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        Skip.If(!browser.TrialsLoaded, "the ClinicalTrials.gov fixtures are missing");
        var page = await browser.NewPageAsync(bypassCsp: true);
        await page.GotoAsync(path);

        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Use_my_location_puts_only_a_postal_area_sized_position_in_the_address()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var context = await browser.Browser!.NewContextAsync(new Microsoft.Playwright.BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl,
            Geolocation = new Microsoft.Playwright.Geolocation { Latitude = 43.65771f, Longitude = -79.39012f },
            Permissions = ["geolocation"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/clinical-trials");

        await page.ClickAsync("#trial-near + button, button:has-text('Use my location')");
        await page.WaitForFunctionAsync("document.getElementById('trial-near').value.length > 0");

        // About 10 km: enough to sort trial sites by distance, not enough to find a home.
        Assert.Equal("43.7,-79.4", await page.InputValueAsync("#trial-near"));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_finder_works_with_javascript_off()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        Skip.If(!browser.TrialsLoaded, "the ClinicalTrials.gov fixtures are missing");
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/en/clinical-trials");

        await page.FillAsync("#trial-near", "Toronto");
        await page.SelectOptionAsync("#trial-status", "ANY");
        await page.ClickAsync("form.wf-trial-search button[type=submit]");
        await page.WaitForSelectorAsync(".wf-result");

        Assert.Contains("NCT05594173", await page.TextContentAsync(".wf-results"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
