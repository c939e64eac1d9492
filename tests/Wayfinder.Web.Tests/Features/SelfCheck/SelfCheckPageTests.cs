using System.Net;
using System.Text.RegularExpressions;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.SelfCheck;

/// <summary>The self-check form without JavaScript: a plain POST with its antiforgery token.</summary>
public sealed partial class SelfCheckPageTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    private static readonly string[] Esas = ["pain", "tiredness", "drowsiness", "nausea", "appetite", "shortness-of-breath", "depression", "anxiety", "wellbeing"];
    private static readonly string[] Flags = ["fever", "chest-pain-or-breathing", "confusion", "bleeding", "cannot-keep-fluids-down", "dehydration", "self-harm"];

    [Theory]
    [InlineData("/en/self-check")]
    [InlineData("/fr/auto-evaluation")]
    public async Task The_form_has_every_item_as_a_labelled_fieldset_of_0_to_10(string path)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var id in Esas.Concat(["constipation", "diarrhea", "sleep", "flushing"]))
        {
            var radios = document.QuerySelectorAll($"input[name='score-{id}']");
            Assert.Equal(11, radios.Length);
            Assert.All(radios, r => Assert.NotNull(document.QuerySelector($"label[for='{r.Id}']")));
            Assert.Equal("FIELDSET", radios[0].Closest("fieldset")?.TagName);
            Assert.NotNull(radios[0].Closest("fieldset")!.QuerySelector("legend"));
        }

        Assert.All(Flags, f => Assert.Equal(2, document.QuerySelectorAll($"input[name='flag-{f}']").Length));
        Assert.NotNull(document.QuerySelector("input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task A_complete_answer_shows_the_urgency_card_scores_chart_table_and_guide_links()
    {
        var client = factory.CreateClient();
        var fields = Esas.ToDictionary(id => $"score-{id}", id => id == "pain" ? "8" : "2");
        foreach (var flag in Flags)
        {
            fields[$"flag-{flag}"] = "no";
        }

        var document = await PostForm(client, "/en/self-check", fields);

        var card = document.QuerySelector(".wf-self-check-result .wf-card")!;
        Assert.Contains("wf-card--urgent", card.ClassName, StringComparison.Ordinal);
        Assert.StartsWith("Urgent:", card.QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("svg[role=img] title"));
        var rows = document.QuerySelectorAll(".wf-scores tbody tr");
        Assert.Equal(9, rows.Length);
        Assert.Contains("Severe", rows[0].TextContent, StringComparison.Ordinal);
        var painGuide = rows[0].QuerySelector("a")?.GetAttribute("href");
        if (painGuide is not null)
        {
            Assert.EndsWith("#severe", painGuide, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Missing_answers_show_an_error_summary_that_links_to_each_field()
    {
        var client = factory.CreateClient();

        var document = await PostForm(client, "/en/self-check", new Dictionary<string, string> { ["score-pain"] = "3" });

        var links = document.QuerySelectorAll(".wf-error-summary a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(8 + Flags.Length, links.Count);
        Assert.All(links, href => Assert.NotNull(document.GetElementById(href[1..])));
        Assert.Equal("#score-tiredness-0", links[0]);
        Assert.True(document.QuerySelector("input#score-pain-3")!.HasAttribute("checked"), "what was entered is kept");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["score-pain"] = "3" });

        var response = await factory.CreateClient().PostAsync("/en/self-check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_answers_download_as_a_fhir_questionnaire_response()
    {
        var client = factory.CreateClient();
        var (_, form) = await Html.GetAsync(client, "/en/self-check");
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["score-pain"] = "4", ["flag-fever"] = "yes",
        });

        var response = await client.PostAsync("/en/self-check?handler=fhir", content);

        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"resourceType\": \"QuestionnaireResponse\"", json, StringComparison.Ordinal);
        Assert.Contains("\"valueInteger\": 4", json, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Dom.IDocument> PostForm(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(path, content);
        return await Html.ParseAsync(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
