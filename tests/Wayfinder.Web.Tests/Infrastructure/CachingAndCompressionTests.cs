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
