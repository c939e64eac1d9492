using Microsoft.Playwright;

namespace Wayfinder.Browser.Tests;

/// <summary>
/// A patient on a phone, a caregiver at night and a nurse, each finding their way in a real
/// browser with scripts off: search leads somewhere, the trial finder explains itself, and every
/// page says where it sits and where its other version is.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WayfindingTests(BrowserFixture browser)
{
    private Task<IPage> PhoneAsync() => browser.NewPhonePageAsync(javaScript: false);

    /// <summary>A phone with scripts off on the trial finder, after one search with one field filled.</summary>
    private async Task<IPage> SearchTrialsAsync(string finder, string field, string value)
    {
        var page = await PhoneAsync();
        await page.GotoAsync(finder);
        await page.FillAsync(field, value);
        await page.FollowsAsync(() => page.ClickAsync("form.wf-trial-search button[type=submit]"), "**");
        return page;
    }

    private static async Task SearchAsync(IPage page, string words)
    {
        await page.FillAsync("#search", words);
        await page.FollowsAsync(() => page.PressAsync("#search", "Enter"), "**");
    }

    [SkippableTheory]
    [InlineData("/en/", "clinical trials", "/en/clinical-trials")]
    [InlineData("/fr/", "essais cliniques", "/fr/essais-cliniques")]
    [InlineData("/en/", "my mother has a fever", "/en/symptoms/fever-and-infection")]
    [InlineData("/fr/", "fièvre 38,5", "/fr/symptomes/fievre-et-infection")]
    public async Task A_search_typed_as_people_say_it_leads_to_the_tool_or_guide_they_need(string home, string words, string expected)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await PhoneAsync();
        await page.GotoAsync(home);

        await SearchAsync(page, words);
        await page.FollowsAsync(() => page.Locator(".wf-result__title a").First.ClickAsync(), "**" + expected);

        Assert.EndsWith(expected, page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/en/", "glossary", "1 result matches", "/en/symptoms")]
    [InlineData("/fr/", "glossaire", "1 résultat correspond", "/fr/symptomes")]
    public async Task Search_counts_one_result_in_the_singular_and_a_search_that_finds_nothing_still_leads_on(string home, string tool, string singular, string guides)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await PhoneAsync();
        await page.GotoAsync(home);

        await SearchAsync(page, "zzqxwv");
        var help = page.Locator(".wf-no-results");
        Assert.True(await help.IsVisibleAsync());
        Assert.Contains("911", await help.InnerTextAsync(), StringComparison.Ordinal);
        await page.FollowsAsync(() => help.Locator($"a[href='{guides}']").ClickAsync(), "**" + guides);

        await page.GotoAsync($"{(home == "/en/" ? "/en/search" : "/fr/recherche")}?q={tool}&type=tool");
        Assert.StartsWith(singular, await page.Locator(".wf-results-count").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/en/clinical-trials", "Zzzzville", "We could not find the place")]
    [InlineData("/en/clinical-trials", "M5G2M", "looks like part of a postal code")]
    [InlineData("/fr/essais-cliniques", "M5G2M", "ressemble à une partie de code postal")]
    public async Task The_trial_finder_says_in_words_when_it_cannot_find_a_place_and_leads_to_the_field(string finder, string near, string message)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        Skip.If(!browser.TrialsLoaded, "the ClinicalTrials.gov fixtures are missing");
        var page = await SearchTrialsAsync(finder, "#trial-near", near);

        var summary = page.Locator(".wf-error-summary");
        Assert.Contains(message, await summary.InnerTextAsync(), StringComparison.Ordinal);
        await summary.Locator("a").First.ClickAsync();
        Assert.Equal("trial-near", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/en/clinical-trials", "0 trials found", "Canadian Cancer Trials")]
    [InlineData("/fr/essais-cliniques", "0 essais trouvés", "équipe de soins")]
    public async Task A_trial_search_with_no_match_says_so_repeats_what_was_searched_and_where_else_to_look(string finder, string count, string elsewhere)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        Skip.If(!browser.TrialsLoaded, "the ClinicalTrials.gov fixtures are missing");
        var page = await SearchTrialsAsync(finder, "#trial-condition", "zzzqqq");

        Assert.Equal(count, await page.Locator("#results").InnerTextAsync());
        var none = page.Locator(".wf-trials-none");
        Assert.True(await none.IsVisibleAsync());
        var text = await none.InnerTextAsync();
        Assert.Contains("zzzqqq", text, StringComparison.Ordinal);
        Assert.Contains(elsewhere, text, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_nurse_on_a_drug_sheet_reaches_the_monograph_keeps_it_when_switching_to_french_and_reads_a_notice_for_providers()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/en/drugs/octreotide");
        var crumbs = await page.Locator(".wf-breadcrumbs a").AllInnerTextsAsync();
        Assert.True(crumbs.Count >= 2, string.Join(" > ", crumbs));
        Assert.Equal("/en/drugs", await page.Locator(".wf-breadcrumbs a").Nth(crumbs.Count - 1).GetAttributeAsync("href"));

        await page.FollowsAsync(() => page.Locator("a[href='/en/drugs/octreotide/provider']").First.ClickAsync(), "**/en/drugs/octreotide/provider");
        Assert.Contains("product monographs", await page.Locator(".wf-draft-notice").InnerTextAsync(), StringComparison.Ordinal);

        await page.FollowsAsync(() => page.Locator(".wf-language-toggle").ClickAsync(), "**/fr/medicaments/octreotide/professionnels");
        Assert.EndsWith("/fr/medicaments/octreotide/professionnels", page.Url, StringComparison.Ordinal);
        Assert.Contains("monographies de produit", await page.Locator(".wf-draft-notice").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_patient_guide_shows_its_path_and_links_to_the_version_for_providers()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await PhoneAsync();
        await page.GotoAsync("/en/symptoms/pain");

        Assert.Contains("/en/symptoms", await page.Locator(".wf-breadcrumbs a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await page.FollowsAsync(() => page.Locator(".wf-version-link a").ClickAsync(), "**/en/symptoms/pain/provider");
        Assert.True(await page.Locator(".wf-version-link a[href='/en/symptoms/pain']").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/fr/types-de-cancer/tumeurs-neuroendocrines", ".wf-banner__title")]
    [InlineData("/fr/recherche?q=zzqxwv", ".wf-no-results p")]
    public async Task French_keeps_a_non_breaking_space_before_a_colon_as_the_browser_shows_it(string path, string selector)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await PhoneAsync();
        await page.GotoAsync(path);

        var text = await page.Locator(selector).First.EvaluateAsync<string>("e => e.textContent");

        Assert.Matches("\u00a0[:;?!]", text);
        Assert.DoesNotMatch("[^\u00a0][:;?!]", text);
        await page.Context.CloseAsync();
    }
}
