using System.Net;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Content;

public sealed class ContentPageTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    public static TheoryData<string> ContentPages()
    {
        var data = new TheoryData<string>();
        foreach (var path in Repository.PagePaths().Where(Repository.IsContentFilePage))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentPages))]
    public async Task Every_content_page_serves_in_its_language_with_canonical_alternate_and_toggle(string path)
    {
        var client = factory.CreateClient();

        var (response, document) = await Html.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lang = path[1..3];
        var other = lang == "en" ? "fr" : "en";
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("http://localhost" + path, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var alternate = document.QuerySelector($"link[rel=alternate][hreflang={other}]")?.GetAttribute("href");
        Assert.NotNull(alternate);
        var toggle = document.QuerySelector(".wf-language-toggle")!;
        Assert.Equal(other, toggle.GetAttribute("lang"));
        Assert.Equal(alternate, "http://localhost" + toggle.GetAttribute("href"));

        var (translated, translatedDocument) = await Html.GetAsync(client, toggle.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, translated.StatusCode);
        Assert.Equal("http://localhost" + path, "http://localhost" + translatedDocument.QuerySelector(".wf-language-toggle")!.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(ContentPages))]
    public async Task Every_content_page_shows_review_dates_a_draft_notice_and_sources(string path)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var times = document.QuerySelectorAll(".wf-review time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(2, times.Count);
        Assert.All(times, t => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", t!));
        Assert.NotNull(document.QuerySelector(".wf-draft-notice"));
        Assert.Contains(path.StartsWith("/fr", StringComparison.Ordinal) ? "Ébauche" : "Draft", document.QuerySelector(".wf-footer__review")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll(".wf-sources li"));
        Assert.NotNull(document.QuerySelector("main#main h1"));
    }

    [Fact]
    public async Task A_trailing_slash_or_capitals_redirect_permanently_to_the_canonical_address()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var slash = await client.GetAsync("/en/palliative-care/");
        var capitals = await client.GetAsync("/en/Palliative-Care");

        Assert.Equal(HttpStatusCode.MovedPermanently, slash.StatusCode);
        Assert.Equal("/en/palliative-care", slash.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, capitals.StatusCode);
        Assert.Equal("/en/palliative-care", capitals.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_root_offers_both_languages()
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector("a[href='/en/']"));
        Assert.NotNull(document.QuerySelector("a[href='/fr/']"));
        Assert.Equal("fr", document.QuerySelector("[lang=fr] h2")?.ParentElement?.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_sub_page_links_back_through_breadcrumbs()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/palliative-care");

        var crumbs = document.QuerySelectorAll(".wf-breadcrumbs a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/en/"], crumbs);
    }
}
