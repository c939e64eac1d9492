using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Infrastructure;

public sealed partial class CachingAndCompressionTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_for_browsers_that_accept_it(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/cancer-types/neuroendocrine-tumours");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task A_rendered_page_is_served_from_the_output_cache_the_second_time()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/en/end-of-life-care");

        var second = await client.GetAsync("/en/end-of-life-care");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age.HasValue, "the second response should come from the output cache (Age header)");
    }

    [Fact]
    public async Task No_page_that_carries_a_form_token_is_ever_answered_from_the_output_cache()
    {
        // Every page in the sitemap, each asked three times: twice by a visitor who keeps the cookie
        // the first answer set (the second visit sets none), then by a new visitor.
        var sitemap = await factory.CreateClient().GetStringAsync("/sitemap.xml");
        // The sitemap lists content pages; the application's own pages are added by hand.
        string[] application = ["/en/self-check", "/fr/auto-evaluation", "/en/search?q=fever", "/fr/recherche?q=fievre", "/en/drugs", "/fr/medicaments",
            "/en/symptoms", "/fr/symptomes", "/en/glossary", "/fr/glossaire", "/en/clinical-trials", "/fr/essais-cliniques"];
        var paths = SitemapLoc().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).AbsolutePath).Concat(application).Distinct().ToList();
        Assert.True(paths.Count > 100, "every page should be asked");
        var withToken = new List<string>();
        foreach (var path in paths)
        {
            var visitor = factory.CreateClient();
            var answers = new List<HttpResponseMessage> { await visitor.GetAsync(path), await visitor.GetAsync(path), await factory.CreateClient().GetAsync(path) };
            foreach (var answer in answers)
            {
                if ((await answer.Content.ReadAsStringAsync()).Contains("__RequestVerificationToken", StringComparison.Ordinal))
                {
                    withToken.Add(path);
                    Assert.False(answer.Headers.Age.HasValue, $"{path} carries a form token but came from the output cache");
                    Assert.True(answer.Headers.CacheControl?.NoStore, $"{path} carries a form token but may be stored by a browser or proxy");
                }
            }
        }

        Assert.Contains("/en/self-check", withToken);
        Assert.Contains("/fr/auto-evaluation", withToken);
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex SitemapLoc();

    [Fact]
    public async Task Static_assets_have_fingerprinted_names_and_long_cache_lifetimes()
    {
        var html = await factory.CreateClient().GetStringAsync("/en/");
        var stylesheet = SiteCss().Match(html);
        Assert.True(stylesheet.Success, "site.css should be linked with a fingerprint");

        var response = await factory.CreateClient().GetAsync(stylesheet.Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), $"Cache-Control was {response.Headers.CacheControl}");
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/css/site\.[a-z0-9]+\.css")]
    private static partial Regex SiteCss();
}
