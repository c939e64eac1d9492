using Wayfinder.Content.Questionnaires;
using System.Net;
using System.Text.RegularExpressions;
using Wayfinder.Symptoms;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.SelfCheck;

/// <summary>The self-check form without JavaScript: a plain POST with its antiforgery token.</summary>
public sealed partial class SelfCheckPageTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    private static readonly string[] Esas = ["pain", "tiredness", "drowsiness", "nausea", "appetite", "shortness-of-breath", "depression", "anxiety", "wellbeing"];
    private static readonly Questionnaire Questionnaire = Questionnaire.Load(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"));

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

        Assert.All(Questionnaire.RedFlags, f => Assert.NotNull(document.QuerySelector($"input[type=checkbox][name='flag-{f.Id}'][value=yes]")));
        Assert.All(Questionnaire.RedFlags, f => Assert.NotNull(document.QuerySelector($"label[for='flag-{f.Id}']")));
        Assert.NotNull(document.QuerySelector("input[name='__RequestVerificationToken']"));
    }

    [Theory]
    [InlineData("/en/self-check")]
    [InlineData("/fr/auto-evaluation")]
    public async Task Danger_signs_are_asked_before_the_first_scale_with_a_button_to_get_advice_at_once(string path)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var inputs = document.QuerySelectorAll("form#self-check input:not([type=hidden]), form#self-check button").ToList();
        var firstSign = inputs.FindIndex(i => i.GetAttribute("name")?.StartsWith("flag-", StringComparison.Ordinal) == true);
        var lastSign = inputs.FindLastIndex(i => i.GetAttribute("name")?.StartsWith("flag-", StringComparison.Ordinal) == true);
        var firstScale = inputs.FindIndex(i => i.GetAttribute("name")?.StartsWith("score-", StringComparison.Ordinal) == true);
        Assert.Equal(0, firstSign);
        Assert.True(lastSign < firstScale);
        Assert.Equal("BUTTON", inputs[lastSign + 1].TagName);
    }

    [Theory]
    [InlineData("/en/self-check", "Urgent:", "Call your care team now, day or night")]
    [InlineData("/fr/auto-evaluation", "Urgent\u00a0:", "Appelez votre équipe de soins maintenant, de jour comme de nuit")]
    public async Task A_ticked_fever_alone_gets_its_advice_first_with_its_own_title_and_no_errors(string path, string label, string title)
    {
        var client = factory.CreateClient();

        var document = await PostForm(client, path, new Dictionary<string, string> { ["flag-fever"] = "yes" });

        Assert.Null(document.QuerySelector(".wf-error-summary"));
        var heading = document.QuerySelector("h1")!;
        Assert.Equal("result-title", heading.Id);
        Assert.Equal($"{label} {title}", heading.TextContent.Trim());
        Assert.StartsWith(title, document.Title, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("form#self-check"));
        var card = heading.Closest(".wf-card")!;
        Assert.Contains("wf-card--urgent", card.ClassName, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector(".wf-sign--fever"));
        Assert.DoesNotContain("911", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_result_says_when_it_was_made_and_which_danger_signs_were_ticked()
    {
        var client = factory.CreateClient();

        var document = await PostForm(client, "/en/self-check", new Dictionary<string, string> { ["flag-one-leg-swelling"] = "yes", ["flag-fever"] = "no" });

        Assert.Matches(@"^Completed on [A-Z][a-z]+ \d{1,2}, 20\d\d at \d{1,2}:\d\d [ap]\.m\.$", document.QuerySelector(".wf-self-check-result__completed")!.TextContent.Trim());
        var answers = document.QuerySelectorAll(".wf-self-check-result__answers li").Select(li => li.TextContent).ToList();
        Assert.Equal([Questionnaire.Triage.Find("one-leg-swelling")!.Text["en"]], answers);
    }

    [Theory]
    [InlineData("/en/self-check", "/en/self-check?handler=fhir", "Download my answers for my care team (FHIR file)")]
    [InlineData("/fr/auto-evaluation", "/fr/auto-evaluation?handler=fhir", "Télécharger mes réponses pour mon équipe de soins (fichier FHIR)")]
    public async Task The_answers_download_from_the_page_in_its_own_language(string path, string action, string words)
    {
        var client = factory.CreateClient();

        var document = await PostForm(client, path, new Dictionary<string, string> { ["flag-fever"] = "yes" });

        var form = document.QuerySelector("form.wf-self-check-download")!;
        Assert.Equal(action, form.GetAttribute("action"));
        Assert.Equal(words, form.QuerySelector("button")!.TextContent.Trim());

        // Sent as a browser sends it: every field of that form, its token included.
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        Assert.Contains("__RequestVerificationToken", fields.Keys);
        using var content = new FormUrlEncodedContent(fields);
        var download = await client.PostAsync(action, content);
        Assert.Equal("application/fhir+json", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"language\": \"{path[1..3]}\"", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/self-check")]
    [InlineData("/fr/auto-evaluation")]
    public async Task The_form_as_served_carries_its_token_and_posts_to_its_own_page(string path)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var form = document.QuerySelector("form#self-check")!;
        Assert.Equal($"{path}#result-title", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task A_complete_answer_shows_the_urgency_card_scores_chart_table_and_guide_links()
    {
        var client = factory.CreateClient();
        var fields = Esas.ToDictionary(id => $"score-{id}", id => id == "pain" ? "8" : "2");

        var document = await PostForm(client, "/en/self-check", fields);

        // Severe pain (7-10) is "urgent", as the pain guide's severe section says.
        var card = document.QuerySelector(".wf-self-check-result .wf-card")!;
        Assert.Contains("wf-card--urgent", card.ClassName, StringComparison.Ordinal);
        Assert.StartsWith("Urgent:", card.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
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
        Assert.Equal(8, links.Count);
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

    [Fact]
    public async Task A_visitor_who_reloads_the_form_does_not_break_it_for_the_next_visitors()
    {
        // The first visitor gets the form and its cookie, then loads it again with the cookie.
        var first = factory.CreateClient();
        await first.GetStringAsync("/en/self-check");
        var reloaded = await first.GetAsync("/en/self-check");
        Assert.False(reloaded.Headers.Contains("Age"), "the form was answered from the output cache");

        foreach (var visitor in new[] { factory.CreateClient(), factory.CreateClient() })
        {
            var form = await SelfCheckForm.GetAsync(visitor);
            form.Fields["flag-fever"] = "yes";

            Assert.Equal(HttpStatusCode.OK, await form.PostAsync(visitor));
        }
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
