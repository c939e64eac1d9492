using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using Hl7.Fhir.Serialization;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.SymptomRecord;

/// <summary>
/// <c>/en/my-symptoms</c> without JavaScript: result files uploaded, read in memory, shown as a
/// record, with every file that cannot be used named; the visit summary and the FHIR Bundle come
/// from the results the page re-sends.
/// </summary>
public sealed class MySymptomsPageTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    public static string Response(string authored, params (string LinkId, int Score)[] scores) =>
        $$"""{"resourceType":"QuestionnaireResponse","status":"completed","authored":"{{authored}}","item":[{{string.Join(",", scores.Select(s => $$"""{"linkId":"{{s.LinkId}}","answer":[{"valueInteger":{{s.Score}}}]}"""))}}]}""";

    public static MultipartFormDataContent Upload(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(part, "files", name);
        }

        return form;
    }

    private static (string, byte[]) File(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    private static readonly (string, byte[])[] ThreeWeeks =
    [
        File("week-1.json", Response("2026-11-13T10:00:00-05:00", ("pain", 2), ("tiredness", 5))),
        File("week-2.json", Response("2026-11-20T10:00:00-05:00", ("pain", 3), ("tiredness", 5))),
        File("week-3.json", Response("2026-11-27T10:00:00-05:00", ("pain", 6), ("tiredness", 2))),
    ];

    private async Task<(HttpResponseMessage Response, IDocument Page)> PostAsync(string path, HttpContent content)
    {
        var response = await factory.CreateClient().PostAsync(path, content);
        return (response, await Html.ParseAsync(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_empty_page_offers_an_upload_that_works_without_javascript_and_is_cacheable()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/en/my-symptoms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = page.QuerySelector("form[enctype='multipart/form-data'] input[type=file][multiple]")!.Closest("form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Null(page.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.Contains("Wayfinder keeps no copy", page.QuerySelector("#main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/fr/mes-symptomes", page.QuerySelector("link[rel=alternate][hreflang=fr]")!.GetAttribute("href")![^17..]);
    }

    [Fact]
    public async Task Three_uploaded_results_show_the_trend_the_comparison_and_the_worse_symptom_with_its_guide_section()
    {
        var (response, page) = await PostAsync("/en/my-symptoms", Upload(ThreeWeeks));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("3 results, from November 13, 2026 to November 27, 2026", page.QuerySelector("#record-results")!.TextContent);
        var worse = page.QuerySelector(".wf-record-flag--worse")!;
        Assert.StartsWith("Pain is worse: from 3 to 6. It is now moderate.", worse.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("/en/symptoms/pain#moderate", worse.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        var better = page.QuerySelector(".wf-record-flag--better")!;
        Assert.StartsWith("Tiredness is better: from 5 to 2.", better.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("/en/symptoms/fatigue#mild", better.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        // A chart and a table for each symptom; the table holds every score with its level.
        Assert.Equal(2, page.QuerySelectorAll(".wf-record-trend svg[role=img]").Length);
        var painRows = page.QuerySelectorAll("#trend-pain ~ details tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["November 13, 2026, 10:00 a.m.|2|Mild", "November 20, 2026, 10:00 a.m.|3|Mild", "November 27, 2026, 10:00 a.m.|6|Moderate"], painRows);
        // The research behind the rule is cited.
        Assert.Contains(page.QuerySelectorAll("#sources ~ ul a"), a => a.GetAttribute("href")!.Contains("jpainsymman", StringComparison.Ordinal));
        // The results go back with the summary buttons, since the server kept none of them.
        Assert.Equal(3, page.QuerySelectorAll("form.wf-record-summary input[type=hidden][name=result]").Length);
    }

    [Fact]
    public async Task Upload_problems_name_each_file_and_its_reason_in_the_pages_language()
    {
        var big = new byte[10 * 1024 * 1024];
        Array.Fill(big, (byte)' ');
        var (response, page) = await PostAsync("/fr/mes-symptomes", Upload(
        [
            .. ThreeWeeks,
            File("copie.json", Response("2026-11-27T10:00:00-05:00", ("pain", 6), ("tiredness", 2))),
            File("avenir.json", Response("2027-06-01T10:00:00-05:00", ("pain", 1))),
            File("patient.json", """{"resourceType":"Patient"}"""),
            File("phq9.json", Response("2026-11-27T10:00:00-05:00", ("44250-9", 2))),
            ("dix-mo.json", big),
        ]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = page.QuerySelectorAll(".wf-record-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, problems.Count);
        Assert.Equal("copie.json\u00a0: c’est le même résultat que week-3.json. Il est affiché une seule fois.", problems[0]);
        Assert.StartsWith("avenir.json\u00a0: le résultat est daté du 1 juin 2027", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("patient.json\u00a0: ce n’est pas un fichier de résultat", problems[2], StringComparison.Ordinal);
        Assert.Contains("«\u00a044250-9\u00a0»", problems[3], StringComparison.Ordinal);
        Assert.StartsWith("dix-mo.json\u00a0: ce fichier est trop gros", problems[4], StringComparison.Ordinal);
        Assert.Equal("3 résultats, du 13 novembre 2026 au 27 novembre 2026", page.QuerySelector("#record-results")!.TextContent);
    }

    [Theory]
    [InlineData("text/plain", "not a form")]
    [InlineData("application/x-www-form-urlencoded", "files=x")]
    public async Task A_post_that_is_not_a_file_upload_gets_a_400_that_says_what_to_do(string type, string body)
    {
        var (response, page) = await PostAsync("/en/my-symptoms", new StringContent(body, Encoding.UTF8, type));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose your files with the form on this page.", page.QuerySelector(".wf-error-summary li")!.TextContent);
    }

    [Fact]
    public async Task An_upload_with_no_file_chosen_asks_for_one()
    {
        var form = new MultipartFormDataContent();
        var empty = new ByteArrayContent([]);
        empty.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(empty, "files", "\"\"");
        var (response, page) = await PostAsync("/en/my-symptoms", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose one or more result files.", page.QuerySelector(".wf-error-summary li")!.TextContent);
    }

    [Fact]
    public async Task Files_that_are_all_unusable_get_a_400_with_each_named()
    {
        var (response, page) = await PostAsync("/en/my-symptoms", Upload(File("photo.jpg", "\u00ff\u00d8\u00ff"), File("undated.json", """{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"pain","answer":[{"valueInteger":3}]}]}""")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["photo.jpg: this is not a self-check result file (a FHIR QuestionnaireResponse).", "undated.json: the result has no date, so it cannot be put on the record."],
            page.QuerySelectorAll(".wf-record-problems li").Select(li => li.TextContent));
        Assert.Equal("None of the files could be used, so there is no record to show.", page.QuerySelector("#record-results")!.TextContent);
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_is_refused_with_the_file_named_and_never_a_500()
    {
        // Kestrel, as in production: the in-memory test server does not enforce body limits.
        using var site = new WayfinderFactory();
        site.UseKestrel(0);
        site.StartServer();
        var huge = new byte[RecordUploadLimit + (1024 * 1024)];
        var response = await site.CreateClient().PostAsync("/en/my-symptoms", Upload([.. ThreeWeeks, ("whole-disk.json", huge)]));
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".wf-record-problems li"), li => li.TextContent.StartsWith("whole-disk.json: not read. All the files together are too big", StringComparison.Ordinal));
        Assert.Equal(3, page.QuerySelectorAll("form.wf-record-summary input[name=result]").Length);
    }

    private const int RecordUploadLimit = (int)Wayfinder.Web.Features.SymptomRecord.RecordUpload.MaxUploadBytes;

    /// <summary>The results as the record page's own summary form sends them back.</summary>
    private async Task<MultipartFormDataContent> SummaryFormAsync(string period)
    {
        var (_, page) = await PostAsync("/en/my-symptoms", Upload(ThreeWeeks));
        var form = new MultipartFormDataContent();
        foreach (var input in page.QuerySelectorAll("form.wf-record-summary input[type=hidden]"))
        {
            form.Add(new StringContent(input.GetAttribute("value")!), input.GetAttribute("name")!);
        }

        form.Add(new StringContent(period), "period");
        return form;
    }

    [Fact]
    public async Task The_visit_summary_shows_the_latest_result_the_trend_over_the_period_and_room_for_questions()
    {
        var (response, page) = await PostAsync("/en/my-symptoms?handler=summary", await SummaryFormAsync("4"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("My symptoms: summary for my care team", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Results from November 6, 2026 to December 4, 2026 (last 4 weeks)", page.QuerySelector(".wf-visit-summary > p")!.TextContent);
        var trend = page.QuerySelectorAll(".wf-summary-trend tbody tr").Select(r => string.Join("|", r.Children.Take(5).Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Pain|2|2|6|6", "Tiredness|5|2|5|2"], trend);
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "My questions for my care team");
    }

    [Fact]
    public async Task A_shorter_period_leaves_out_older_results()
    {
        var form = await SummaryFormAsync("4");
        // The summary's clock is the site's (December 4, 2026): a result from August is outside four weeks.
        form.Add(new StringContent(Response("2026-08-01T10:00:00Z", ("pain", 9))), "result");
        var (_, page) = await PostAsync("/en/my-symptoms?handler=summary", form);

        Assert.Equal("Pain|2|2|6|6", string.Join("|", page.QuerySelector(".wf-summary-trend tbody tr")!.Children.Take(5).Select(c => c.TextContent.Trim())));
    }

    [Fact]
    public async Task The_fhir_bundle_is_a_collection_of_every_result()
    {
        var response = await factory.CreateClient().PostAsync("/fr/mes-symptomes?handler=fhir", await SummaryFormAsync("13"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var bundle = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Hl7.Fhir.Model.Bundle>(await response.Content.ReadAsStringAsync());
        Assert.Equal(Hl7.Fhir.Model.Bundle.BundleType.Collection, bundle.Type);
        var responses = bundle.Entry.Select(e => Assert.IsType<Hl7.Fhir.Model.QuestionnaireResponse>(e.Resource)).ToList();
        Assert.Equal(["2026-11-13T15:00:00+00:00", "2026-11-20T15:00:00+00:00", "2026-11-27T15:00:00+00:00"], responses.Select(r => r.Authored));
        Assert.All(bundle.Entry, e => Assert.StartsWith("urn:uuid:", e.FullUrl, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_self_check_result_carries_its_fhir_response_and_links_to_the_record()
    {
        var client = factory.CreateClient();
        var form = (await SelfCheckForm.GetAsync(client)).Fields;
        foreach (var item in new[] { "pain", "tiredness", "drowsiness", "nausea", "appetite", "shortness-of-breath", "depression", "anxiety", "wellbeing" })
        {
            form[$"score-{item}"] = "3";
        }

        var page = await Html.ParseAsync(await (await client.PostAsync("/en/self-check", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync());

        var json = page.QuerySelector("script#self-check-response[type='application/fhir+json']")!.TextContent;
        var response = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Hl7.Fhir.Model.QuestionnaireResponse>(json);
        Assert.Equal("2026-12-04T12:00:00+00:00", response.Authored);
        Assert.Equal(9, response.Item.Count(i => i.Answer.Single().Value is Hl7.Fhir.Model.Integer { Value: 3 }));
        Assert.True(page.QuerySelector("#keep-result")!.HasAttribute("hidden"));
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#keep-result-box")!).IsChecked);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/en/my-symptoms");
    }

    [Theory]
    [InlineData("/en/symptoms/pain", "/en/my-symptoms")]
    [InlineData("/fr/symptomes/douleur", "/fr/mes-symptomes")]
    public async Task A_patient_symptom_guide_links_to_the_record(string guide, string record)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), guide);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($".wf-record-link a[href='{record}']"));
    }

    [Theory]
    [InlineData("en", "symptom diary", "/en/my-symptoms")]
    [InlineData("fr", "suivi des symptômes", "/fr/mes-symptomes")]
    public async Task Search_finds_the_record_as_a_tool(string lang, string query, string path)
    {
        var response = await factory.CreateClient().GetStringAsync($"/api/search?lang={lang}&q={Uri.EscapeDataString(query)}");

        using var json = System.Text.Json.JsonDocument.Parse(response);
        Assert.EndsWith(path, json.RootElement.GetProperty("results")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }
}
