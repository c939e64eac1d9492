using Microsoft.Playwright;

namespace Wayfinder.Browser.Tests;

/// <summary>
/// Pages link a trimmed copy of the design system's style sheet (only the design-system classes
/// Wayfinder uses; scripts/vendor-design-system.sh). The trim must change nothing a reader sees:
/// every element of every kind of page has the same computed style with the full sheet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignSystemTests(BrowserFixture browser)
{
    private const string FullSheet = "/lib/ontario-design-system/styles/css/compiled/ontario-theme.min.css";

    // Reads every computed property of every element, puts the full sheet where the trimmed one
    // was (same place in the cascade), reads them again and lists what differs.
    private const string CompareWithFullSheet = """
        async full => {
            const read = () => [...document.querySelectorAll('body, body *')].map(e => {
                const style = getComputedStyle(e);
                const values = {};
                for (let i = 0; i < style.length; i++) values[style[i]] = style.getPropertyValue(style[i]);
                return values;
            });
            const before = read();
            const trimmed = document.querySelector('link[rel=stylesheet][href*="ontario-theme"]');
            if (!trimmed || !trimmed.href.includes('ontario-theme.used')) return ['the page does not link the trimmed sheet'];
            await new Promise((resolve, reject) => {
                const link = document.createElement('link');
                link.rel = 'stylesheet';
                link.href = full;
                link.onload = resolve;
                link.onerror = () => reject(new Error('the full sheet did not load'));
                trimmed.replaceWith(link);
            });
            const after = read();
            const elements = [...document.querySelectorAll('body, body *')];
            const differences = [];
            before.forEach((values, i) => {
                for (const [name, value] of Object.entries(values)) {
                    if (after[i][name] !== value) {
                        const e = elements[i];
                        differences.push(`${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${name}: ${value} (full sheet: ${after[i][name]})`);
                    }
                }
            });
            return differences.slice(0, 20);
        }
        """;

    [SkippableTheory]
    [InlineData("/en/")]
    [InlineData("/fr/types-de-cancer/tumeurs-neuroendocrines")]
    [InlineData("/en/drugs/octreotide")]
    [InlineData("/en/drugs/octreotide/provider")]
    [InlineData("/en/symptoms/fever-and-infection")]
    [InlineData("/en/self-check")]
    [InlineData("/fr/essais-cliniques")]
    [InlineData("/en/search?q=fever")]
    [InlineData("/en/glossary")]
    [InlineData("/en/no-such-page")]
    public async Task The_trimmed_design_system_sheet_styles_every_element_as_the_full_sheet_does_on_a_phone_and_a_desktop(string path)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        foreach (var (width, height) in new[] { (BrowserFixture.PhoneWidth, BrowserFixture.PhoneHeight), (1280, 900) })
        {
            var page = await browser.NewPageAsync(width: width, height: height);
            await page.GotoAsync(path);

            var differences = await page.EvaluateAsync<string[]>(CompareWithFullSheet, FullSheet);

            Assert.True(differences.Length == 0, $"{path} at {width} px wide:\n" + string.Join("\n", differences));
            await page.Context.CloseAsync();
        }
    }
}
