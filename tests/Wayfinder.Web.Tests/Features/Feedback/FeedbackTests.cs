using System.Net;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Feedback;

/// <summary>"Was this page helpful?" on every content page: stored without personal data.</summary>
public sealed class FeedbackTests : IDisposable
{
    private readonly WayfinderFactory factory = new();

    [Theory]
    [InlineData("/en/cancer-types/neuroendocrine-tumours", "Was this page helpful?")]
    [InlineData("/fr/medicaments/octreotide", "Cette page vous a-t-elle été utile\u00a0?")]
    [InlineData("/en/symptoms/pain/provider", "Was this page helpful?")]
    public async Task Every_content_page_asks_whether_it_was_helpful(string path, string question)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var form = document.QuerySelector("form.wf-feedback__form")!;
        Assert.Equal(question, document.QuerySelector("#feedback-title")!.TextContent);
        Assert.Equal("/feedback", form.GetAttribute("action"));
        Assert.Equal(path, form.QuerySelector("input[name=page]")!.GetAttribute("value"));
        Assert.Equal(2, form.QuerySelectorAll("input[type=radio][name=helpful]").Length);
        Assert.Equal("500", form.QuerySelector("textarea[name=comment]")!.GetAttribute("maxlength"));
    }

    [Fact]
    public async Task An_answer_is_stored_without_contact_details_and_thanks_the_reader_with_a_way_back()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await PostAsync(client, new()
        {
            ["page"] = "/en/drugs/octreotide",
            ["helpful"] = "no",
            ["comment"] = "I could not find the dose. Write to me at jane.doe@example.com or call 416-555-0199.",
        });
        var (thanks, document) = await Html.GetAsync(client, response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/en/feedback?return=%2Fen%2Fdrugs%2Foctreotide", response.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, thanks.StatusCode);
        Assert.Equal("/en/drugs/octreotide", document.QuerySelector("main p a")!.GetAttribute("href"));
        await using var db = factory.OpenDatabase();
        var stored = await db.PageFeedback.SingleAsync();
        Assert.Equal("/en/drugs/octreotide", stored.Path);
        Assert.False(stored.Helpful);
        Assert.Equal("I could not find the dose. Write to me at [removed] or call [removed].", stored.Comment);
        Assert.Equal(WayfinderFactory.Today, stored.Day);
    }

    [Fact]
    public async Task A_french_answer_lands_on_the_french_thank_you_page()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await PostAsync(client, new() { ["page"] = "/fr/soins-palliatifs", ["helpful"] = "yes" });
        var (_, document) = await Html.GetAsync(client, response.Headers.Location!.OriginalString);

        Assert.StartsWith("/fr/retroaction?", response.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Merci de votre rétroaction", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("fr", document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/en/nowhere", "yes", "", "page")]
    [InlineData("https://evil.example/en/drugs", "yes", "", "page")]
    [InlineData("/en/drugs/octreotide", "maybe", "", "helpful")]
    [InlineData("/en/drugs/octreotide", "", "", "helpful")]
    [InlineData("/en/drugs/octreotide", "no", "x501", "comment")]
    public async Task A_bad_answer_is_refused_with_the_field_named_and_nothing_stored(string page, string helpful, string comment, string field)
    {
        var response = await PostAsync(factory.CreateClient(), new()
        {
            ["page"] = page, ["helpful"] = helpful, ["comment"] = comment == "x501" ? new string('x', 501) : comment,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = await factory.OpenMigratedDatabaseAsync();
        Assert.Equal(0, await db.PageFeedback.CountAsync());
    }

    [Fact]
    public async Task A_post_from_another_site_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["page"] = "/en/drugs/octreotide", ["helpful"] = "no" }),
        };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task When_the_database_is_down_the_reader_is_told_the_answer_was_not_sent()
    {
        using var down = new WayfinderFactory { ConnectionString = "Data Source=/proc/wayfinder-no-such-folder/x.db;Mode=ReadOnly" };
        var client = down.CreateClient(new() { AllowAutoRedirect = false });

        var response = await PostAsync(client, new() { ["page"] = "/en/palliative-care", ["helpful"] = "yes" });
        var (_, document) = await Html.GetAsync(client, response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.EndsWith("&saved=0", response.Headers.Location.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Your feedback was not sent", document.QuerySelector("h1")!.TextContent);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields) =>
        client.PostAsync("/feedback", new FormUrlEncodedContent(fields));

    public void Dispose() => factory.Dispose();
}
