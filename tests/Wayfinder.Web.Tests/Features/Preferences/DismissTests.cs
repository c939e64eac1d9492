using System.Net;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Preferences;

/// <summary>Closing the alert banner and the outdated-browser notice, without JavaScript.</summary>
public sealed class DismissTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    private const string OldInternetExplorer = "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko";
    private const string CurrentChrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

    [Fact]
    public async Task The_active_banner_shows_on_every_page_with_a_dismiss_form()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/");

        var banner = document.QuerySelector(".wf-banner--warning");
        Assert.NotNull(banner);
        Assert.Contains("Flu, COVID-19 and RSV season", banner!.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        var form = banner.QuerySelector("form.wf-dismiss")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/preferences/dismiss", form.GetAttribute("action"));
    }

    [Fact]
    public async Task Dismissing_the_banner_returns_to_the_page_and_it_stays_closed()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var post = await Post(client, "respiratory-season-2026", "/en/palliative-care", origin: "http://localhost");

        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        Assert.Equal("/en/palliative-care", post.Headers.Location?.OriginalString);
        var cookie = Assert.Single(post.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("wf_dismissed=respiratory-season-2026;", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        var (_, after) = await Html.GetAsync(client, "/en/palliative-care");
        Assert.Null(after.QuerySelector(".wf-banner--warning"));
        var (_, french) = await Html.GetAsync(client, "/fr/soins-palliatifs");
        Assert.Null(french.QuerySelector(".wf-banner--warning"));
    }

    [Fact]
    public async Task A_dismissal_from_another_site_is_refused()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var post = await Post(client, "respiratory-season-2026", "/en/", origin: "https://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(post.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("", "/en/")]
    [InlineData("Bad Id!", "/en/")]
    [InlineData("<script>", "/en/")]
    public async Task A_bad_id_gets_a_400_problem_that_names_the_field(string id, string returnPath)
    {
        var post = await Post(factory.CreateClient(new() { AllowAutoRedirect = false }), id, returnPath, origin: "http://localhost");

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'id'", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_return_address_can_only_be_on_this_site(string returnPath)
    {
        var post = await Post(factory.CreateClient(new() { AllowAutoRedirect = false }), "respiratory-season-2026", returnPath, origin: "http://localhost");

        Assert.Equal("/", post.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_outdated_browser_sees_the_update_notice_and_a_current_one_does_not()
    {
        var client = factory.CreateClient();

        var old = await GetWithAgent(client, "/en/", OldInternetExplorer);
        var current = await GetWithAgent(client, "/en/", CurrentChrome);
        var oldFrench = await GetWithAgent(client, "/fr/", OldInternetExplorer);

        Assert.NotNull(old.QuerySelector(".wf-outdated"));
        Assert.Null(current.QuerySelector(".wf-outdated"));
        Assert.Contains("Votre navigateur", oldFrench.QuerySelector(".wf-outdated h2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outdated_browser_notice_can_be_dismissed()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        await Post(client, "outdated-browser", "/en/", origin: "http://localhost");
        var after = await GetWithAgent(client, "/en/", OldInternetExplorer);

        Assert.Null(after.QuerySelector(".wf-outdated"));
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string id, string returnPath, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/preferences/dismiss")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id, ["return"] = returnPath }),
        };
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }

    private static async Task<AngleSharp.Dom.IDocument> GetWithAgent(HttpClient client, string path, string agent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.UserAgent.ParseAdd(agent);
        var response = await client.SendAsync(request);
        return await Html.ParseAsync(await response.Content.ReadAsStringAsync());
    }
}
