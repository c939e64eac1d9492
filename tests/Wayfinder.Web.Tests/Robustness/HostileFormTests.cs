using System.Net;
using System.Text;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Robustness;

/// <summary>
/// Forms and bodies an outside review sent that each gave a 500: each must be the client's error
/// (a 4xx that says what is wrong), or be accepted safely.
/// </summary>
public sealed class HostileFormTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    public static TheoryData<string, string> UnreadableForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/feedback", "/preferences/dismiss", "/en/self-check" })
        {
            data.Add(path, "too-many-fields");
            data.Add(path, "long-value");
            data.Add(path, "huge-body");
            data.Add(path, "broken-multipart");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnreadableForms))]
    public async Task A_form_that_cannot_be_read_is_a_client_error_not_a_500(string path, string kind)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Body(kind) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task A_comment_with_a_nul_character_is_a_400_that_names_the_form_not_a_500()
    {
        var response = await PostFeedbackAsync(helpful: "yes", comment: "a\0b");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"form\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_with_control_characters_is_saved_without_them()
    {
        var response = await PostFeedbackAsync(helpful: "no", comment: "text\u001b[2Jgone\u0007");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        await using var db = factory.OpenDatabase();
        var saved = db.PageFeedback.Where(f => f.Path == "/en/palliative-care" && !f.Helpful).Select(f => f.Comment).ToList();
        Assert.Contains("text[2Jgone", saved);
        Assert.DoesNotContain(saved, c => c != null && c.Any(char.IsControl));
    }

    [Theory]
    [InlineData("/é", "/%C3%A9")]
    [InlineData("/fr/médicaments?q=é", "/fr/m%C3%A9dicaments?q=%C3%A9")]
    [InlineData("/\U0001F600", "/%F0%9F%98%80")]
    public async Task A_return_address_with_characters_a_header_cannot_carry_is_encoded(string returnPath, string location)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/preferences/dismiss")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = "respiratory-season-2026", ["return"] = returnPath }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("{\"lang\":\"en\",\"scores\":{\"\\ud800\":1}}")]
    [InlineData("{\"lang\":\"\\ud800\",\"scores\":{\"pain\":1}}")]
    [InlineData("{\"lang\":\"en\",\"redFlags\":{\"\\udfff\":true}}")]
    public async Task A_json_body_with_a_lone_surrogate_is_a_400_that_says_so(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync("/api/self-check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid Unicode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A same-origin feedback post about the palliative care page, redirects not followed.</summary>
    private async Task<HttpResponseMessage> PostFeedbackAsync(string helpful, string comment)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["page"] = "/en/palliative-care", ["helpful"] = helpful, ["comment"] = comment }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SendAsync(request);
    }

    private static HttpContent Body(string kind) => kind switch
    {
        "too-many-fields" => new FormUrlEncodedContent(Enumerable.Range(0, 201).Select(i => new KeyValuePair<string, string>($"f{i}", "x"))),
        "long-value" => new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = new('a', 17 * 1024), ["comment"] = new('a', 17 * 1024) }),
        "huge-body" => new StringContent("comment=" + new string('a', 300 * 1024), Encoding.ASCII, "application/x-www-form-urlencoded"),
        _ => new StringContent("--nope\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\nx", Encoding.ASCII, "multipart/form-data"),
    };
}
