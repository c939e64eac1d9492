using Microsoft.Playwright;

namespace Wayfinder.Browser.Tests;

/// <summary>
/// Nothing on a page moves once it is on screen (Lighthouse's cumulative layout shift). On a slow
/// phone connection the usual cause is web fonts arriving after the first paint and every line of
/// text reflowing. Pages preload their text faces and <c>site.css</c> declares them
/// <c>font-display: optional</c>, so a face that comes late is not swapped in for that page. These
/// tests hold every font back so it is certainly late, which is when a swap would move the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutShiftTests(BrowserFixture browser)
{
    private static readonly TimeSpan FontDelay = TimeSpan.FromMilliseconds(800);

    // Installed before the page's own scripts, so it sees every shift from the first paint on.
    private const string CountShifts = """
        window.wfShifts = [];
        new PerformanceObserver(list => {
            for (const entry of list.getEntries()) {
                if (entry.hadRecentInput) continue;
                const nodes = entry.sources.map(s => s.node ? (s.node.nodeName + (s.node.className ? '.' + String(s.node.className).split(' ')[0] : '')) : '?');
                window.wfShifts.push({ value: entry.value, nodes: nodes.join(', ') });
            }
        }).observe({ type: 'layout-shift', buffered: true });
        """;

    [SkippableTheory]
    [InlineData("/en/cancer-types/neuroendocrine-tumours")]
    [InlineData("/fr/types-de-cancer/tumeurs-neuroendocrines")]
    [InlineData("/en/drugs/octreotide")]
    [InlineData("/fr/medicaments/octreotide")]
    [InlineData("/en/self-check")]
    [InlineData("/en/clinical-trials")]
    [InlineData("/en/symptoms/fever-and-infection")]
    public async Task Nothing_moves_on_the_page_when_its_web_fonts_arrive_late_on_a_phone_or_a_desktop(string path)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        foreach (var (width, height) in new[] { (BrowserFixture.PhoneWidth, BrowserFixture.PhoneHeight), (1280, 900) })
        {
            var page = await browser.NewPageAsync(width: width, height: height);
            var requested = 0;
            var served = 0;
            await page.RouteAsync("**/*.woff2", async route =>
            {
                Interlocked.Increment(ref requested);
                await Task.Delay(FontDelay);
                await route.ContinueAsync();
            });
            page.RequestFinished += (_, request) =>
            {
                if (request.Url.EndsWith(".woff2", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref served);
                }
            };
            await page.AddInitScriptAsync(CountShifts);

            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);

            // Wait until every font the page asked for has arrived, then for two frames, so a face
            // swapped in late would have been laid out and its shift reported by now.
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while ((served < requested || requested == 0) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
            Assert.True(requested >= 4, $"{path} at {width} px asked for {requested} fonts; the test needs the page's text faces to be late");
            Assert.True(served == requested, $"{path} at {width} px: {served} of {requested} fonts arrived within 15 s");
            await page.EvaluateAsync("() => document.fonts.ready.then(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))");

            var shifts = await page.EvaluateAsync<string[]>("() => window.wfShifts.map(s => `${s.value.toFixed(4)} (${s.nodes})`)");
            Assert.True(shifts.Length == 0, $"{path} at {width} px moved after its first paint: " + string.Join("; ", shifts));
            await page.Context.CloseAsync();
        }
    }
}
