using System.Net;
using System.Text;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Platform;

/// <summary>No page ships more than 20 KB of JavaScript (DESIGN section 6), counted uncompressed.</summary>
public sealed class JavaScriptBudgetTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    private const int Budget = 20 * 1024;

    public static TheoryData<string> Pages() =>
    [
        "/", "/en/", "/en/cancer-types/neuroendocrine-tumours", "/en/drugs/octreotide", "/en/symptoms/pain",
        "/en/search?q=fever", "/en/clinical-trials", "/en/self-check", "/fr/auto-evaluation", "/en/my-symptoms", "/fr/mes-symptomes", "/en/glossary",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_ships_at_most_20_kb_of_javascript(string path)
    {
        var client = factory.CreateClient();
        var (response, page) = await Html.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await ScriptBytesAsync(client, page) <= Budget);
    }

    [Fact]
    public async Task The_self_check_result_and_the_symptom_record_stay_within_the_budget()
    {
        var client = factory.CreateClient();
        var form = (await SelfCheckForm.GetAsync(client)).Fields;
        form["flag-fever"] = "yes";
        var result = await Html.ParseAsync(await (await client.PostAsync("/en/self-check", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync());
        var upload = SymptomRecord.MySymptomsPageTests.Upload(("a.json", Encoding.UTF8.GetBytes(SymptomRecord.MySymptomsPageTests.Response("2026-11-27T10:00:00Z", ("pain", 4)))));
        var record = await Html.ParseAsync(await (await client.PostAsync("/en/my-symptoms", upload)).Content.ReadAsStringAsync());

        Assert.NotNull(result.QuerySelector("script[src*='record']"));
        Assert.NotNull(record.QuerySelector("#record"));
        Assert.InRange(await ScriptBytesAsync(client, result), 1, Budget);
        Assert.InRange(await ScriptBytesAsync(client, record), 1, Budget);
    }

    private static async Task<long> ScriptBytesAsync(HttpClient client, AngleSharp.Dom.IDocument page)
    {
        long total = 0;
        foreach (var script in page.QuerySelectorAll("script[src]"))
        {
            total += (await client.GetByteArrayAsync(script.GetAttribute("src"))).Length;
        }

        return total;
    }
}
