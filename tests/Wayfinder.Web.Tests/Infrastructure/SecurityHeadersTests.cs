using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Infrastructure;

public sealed class SecurityHeadersTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/cancer-types/neuroendocrine-tumours")]
    [InlineData("/en/no-such-page")]
    [InlineData("/sitemap.xml")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_strict_security_headers(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_contain_no_inline_script_or_style_that_the_policy_would_block()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/cancer-types/neuroendocrine-tumours");

        Assert.All(document.QuerySelectorAll("script"), s =>
            Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", "inline script found"));
        Assert.Empty(document.QuerySelectorAll("style"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Empty(document.QuerySelectorAll("[onclick], [onload], [onerror]"));
    }

    [Fact]
    public async Task No_page_asks_the_browser_for_anything_from_another_site()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/cancer-types/neuroendocrine-tumours");

        var resources = document.QuerySelectorAll("script[src], link[rel=stylesheet], link[rel=icon], img[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);
        Assert.All(resources, r => Assert.StartsWith("/", r, StringComparison.Ordinal));
    }
}

/// <summary>HTTPS behind a proxy: redirects for plain requests, HSTS for secure ones.</summary>
public sealed class HttpsTests : IDisposable
{
    private readonly WayfinderFactory factory = new() { Settings = new Dictionary<string, string> { ["HttpsRedirection:HttpsPort"] = "443", ["AllowedHosts"] = "localhost;wayfinder.example.ca" } };

    [Fact]
    public async Task A_plain_http_request_is_sent_to_https_and_a_request_the_proxy_marks_secure_gets_hsts()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var plain = await client.GetAsync("/en/palliative-care");
        using var secure = new HttpRequestMessage(HttpMethod.Get, "/en/palliative-care");
        secure.Headers.Add("X-Forwarded-Proto", "https");
        secure.Headers.Host = "wayfinder.example.ca"; // HSTS is never sent to localhost
        var behindTls = await client.SendAsync(secure);

        Assert.Equal(System.Net.HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https://localhost/en/palliative-care", plain.Headers.Location?.ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, behindTls.StatusCode);
        Assert.StartsWith("max-age=31536000", behindTls.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();
}
