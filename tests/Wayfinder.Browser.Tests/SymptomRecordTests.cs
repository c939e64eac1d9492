using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Browser.Tests;

/// <summary>
/// My symptom record as a person uses it on a phone: results kept in the browser over weeks, the
/// trend and flags, the record deleted at once; and the same record from uploaded files with
/// JavaScript off, with its visit summary and PDF.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SymptomRecordTests(BrowserFixture browser)
{
    private static readonly string[] Nine = ["pain", "tiredness", "drowsiness", "nausea", "appetite", "shortness-of-breath", "depression", "anxiety", "wellbeing"];

    private static async Task SelfCheckAsync(IPage page, int pain, int tiredness)
    {
        await page.GotoAsync("/en/self-check");
        foreach (var id in Nine)
        {
            var score = id == "pain" ? pain : id == "tiredness" ? tiredness : 1;
            await page.CheckAsync($"#score-{id}-{score}");
        }

        await page.ClickAsync("#self-check-submit");
        await page.WaitForSelectorAsync(".wf-self-check-result");
    }

    [SkippableFact]
    public async Task Three_results_kept_over_three_weeks_show_the_trend_and_flags_and_are_deleted_at_once()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        // A site of its own whose clock starts two weeks back and moves on a week at a time.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));
        using var site = new WayfinderFactory
        {
            ConfigureServices = services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
            },
        };
        site.UseKestrel(0);
        site.StartServer();
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = BrowserFixture.PhoneWidth, Height = BrowserFixture.PhoneHeight },
            BaseURL = site.ClientOptions.BaseAddress.ToString().TrimEnd('/'),
        });
        var page = await context.NewPageAsync();

        // Week by week, as a person does between visits; the third week's worse pain is kept too.
        foreach (var (pain, tiredness) in new[] { (2, 5), (3, 5), (6, 2) })
        {
            await SelfCheckAsync(page, pain, tiredness);
            Assert.True(await page.IsVisibleAsync("#keep-result-box"));
            Assert.False(await page.IsCheckedAsync("#keep-result-box"), "keeping must be off until the person chooses it");
            await page.CheckAsync("#keep-result-box");
            Assert.Equal("This result is kept on this device.", await page.TextContentAsync("#keep-result-status"));
            clock.Advance(TimeSpan.FromDays(7));
        }

        // A result the person did not choose to keep stays out of the record.
        await SelfCheckAsync(page, 9, 9);

        Assert.Equal(3, await page.EvaluateAsync<int>("JSON.parse(localStorage.getItem('wayfinder.symptom-record.v1')).length"));
        await page.ClickAsync("a[href='/en/my-symptoms']");
        await page.WaitForSelectorAsync("#record");

        Assert.Equal("3 results, from November 20, 2026 to December 4, 2026", (await page.TextContentAsync("#record-results"))!.Trim());
        Assert.StartsWith("Pain is worse: from 3 to 6. It is now moderate.", (await page.TextContentAsync(".wf-record-flag--worse"))!.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Tiredness is better: from 5 to 2.", (await page.TextContentAsync(".wf-record-flag--better"))!.Trim(), StringComparison.Ordinal);
        Assert.Equal(Nine.Length, await page.Locator(".wf-record-trend svg[role=img]").CountAsync());
        Assert.Equal(3, await page.Locator("#trend-pain ~ details tbody tr").CountAsync());
        // The flag leads to what to do at the new level.
        Assert.EndsWith("/en/symptoms/pain#moderate", await page.GetAttributeAsync(".wf-record-flag--worse a", "href"), StringComparison.Ordinal);
        await AssertNoViolationsAsync(page);

        await page.ClickAsync("[data-delete-record]");

        Assert.Equal(0, await page.Locator("#record").CountAsync());
        Assert.Equal("Your record is deleted from this device.", await page.TextContentAsync("#record-status"));
        Assert.Null(await page.EvaluateAsync<string?>("localStorage.getItem('wayfinder.symptom-record.v1')"));
        await page.ReloadAsync();
        Assert.Equal("No results are kept on this device yet. After a self-check, choose “Keep this result on this device”.",
            await page.TextContentAsync("#device-record [data-message]"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Unticking_keep_removes_that_result_and_another_browser_sees_nothing()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await SelfCheckAsync(page, 4, 4);
        await page.CheckAsync("#keep-result-box");
        await page.UncheckAsync("#keep-result-box");

        Assert.Equal("This result is not kept on this device.", await page.TextContentAsync("#keep-result-status"));
        Assert.Equal(0, await page.EvaluateAsync<int>("JSON.parse(localStorage.getItem('wayfinder.symptom-record.v1')).length"));
        await page.CheckAsync("#keep-result-box");
        var other = await browser.NewPageAsync();
        await other.GotoAsync("/en/my-symptoms");
        await other.WaitForSelectorAsync("#device-record:not([hidden])");
        Assert.StartsWith("No results are kept on this device yet.", await other.TextContentAsync("#device-record [data-message]"), StringComparison.Ordinal);
        await other.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static FilePayload Result(string name, string authored, int pain, int tiredness, bool fever = false)
    {
        var items = new List<string>
        {
            $$"""{"linkId":"pain","answer":[{"valueInteger":{{pain}}}]}""",
            $$"""{"linkId":"tiredness","answer":[{"valueInteger":{{tiredness}}}]}""",
        };
        if (fever)
        {
            items.Add("""{"linkId":"fever","answer":[{"valueBoolean":true}]}""");
        }

        return new FilePayload
        {
            Name = name,
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes($$"""{"resourceType":"QuestionnaireResponse","status":"completed","authored":"{{authored}}","item":[{{string.Join(",", items)}}]}"""),
        };
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_javascript_off_uploaded_files_give_the_same_record_and_its_visit_summary(bool phone)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = phone ? await browser.NewPhonePageAsync(javaScript: false) : await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/fr/mes-symptomes");
        Assert.True(await page.IsHiddenAsync("#device-record"));

        await page.SetInputFilesAsync("#record-files",
        [
            Result("semaine-1.json", "2026-11-13T10:00:00-05:00", 2, 5),
            Result("semaine-2.json", "2026-11-20T10:00:00-05:00", 3, 5),
            Result("semaine-3.json", "2026-11-27T10:00:00-05:00", 6, 2, fever: true),
            new FilePayload { Name = "photo.jpg", MimeType = "image/jpeg", Buffer = [0xff, 0xd8, 0xff, 0xe0] },
        ]);
        await page.ClickAsync(".wf-record-upload button[type=submit]");
        await page.WaitForSelectorAsync("#record");

        Assert.Equal("3 résultats, du 13 novembre 2026 au 27 novembre 2026", (await page.TextContentAsync("#record-results"))!.Trim());
        Assert.StartsWith("photo.jpg\u00a0: ce n’est pas un fichier de résultat", (await page.TextContentAsync(".wf-record-problems li"))!.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Douleur\u00a0: c’est pire, de 3 à 6.", (await page.TextContentAsync(".wf-record-flag--worse"))!.Trim(), StringComparison.Ordinal);
        Assert.Contains("fièvre", await page.TextContentAsync(".wf-record-signs"), StringComparison.Ordinal);
        // No delete button: nothing of these files is kept anywhere but on the person's own disk.
        Assert.Equal(0, await page.Locator("[data-delete-record]").CountAsync());

        await page.SelectOptionAsync("#record-period", "52");
        await page.ClickAsync(".wf-record-summary button.wf-button--primary");
        await page.WaitForSelectorAsync(".wf-visit-summary");
        Assert.Equal("Mes symptômes\u00a0: résumé pour mon équipe de soins", (await page.TextContentAsync("h1"))!.Trim());
        Assert.Equal(2, await page.Locator(".wf-summary-trend tbody tr").CountAsync());
        Assert.Contains("fièvre", await page.TextContentAsync(".wf-visit-summary .wf-record-signs"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableTheory]
    [InlineData("/en/my-symptoms")]
    [InlineData("/fr/mes-symptomes")]
    public async Task An_uploaded_record_and_its_visit_summary_have_no_wcag_violations(string path)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        await page.SetInputFilesAsync("#record-files",
        [
            Result("one.json", "2026-11-13T10:00:00-05:00", 2, 5),
            Result("two.json", "2026-11-27T10:00:00-05:00", 6, 2, fever: true),
            new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("not a result") },
        ]);
        await page.ClickAsync(".wf-record-upload button[type=submit]");
        await page.WaitForSelectorAsync("#record");
        await AssertNoViolationsAsync(page);

        await page.ClickAsync(".wf-record-summary button.wf-button--primary");
        await page.WaitForSelectorAsync(".wf-visit-summary");
        await AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var axe = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(axe.Violations.Length == 0, page.Url + "\n" + string.Join('\n', axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }

    [SkippableFact]
    public async Task The_visit_summary_downloads_as_a_tagged_pdf_of_one_page()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/en/my-symptoms");
        await page.SetInputFilesAsync("#record-files",
        [
            Result("one.json", "2026-11-13T10:00:00-05:00", 2, 5),
            Result("two.json", "2026-11-27T10:00:00-05:00", 6, 2, fever: true),
        ]);
        await page.ClickAsync(".wf-record-upload button[type=submit]");
        await page.WaitForSelectorAsync("#record");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button[formaction$='handler=pdf']"));
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", text, StringComparison.Ordinal);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        Assert.Equal(1, pdf.NumberOfPages);
        var words = PdfText.Words(pdf);
        Assert.Contains("My symptoms: summary for my care team", words, StringComparison.Ordinal);
        Assert.Contains("My questions for my care team", words, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
