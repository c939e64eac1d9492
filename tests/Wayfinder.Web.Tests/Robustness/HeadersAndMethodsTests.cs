using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Robustness;

/// <summary>Smaller points of an outside review: methods, cookies, HSTS and caching of personal answers.</summary>
public sealed class HeadersAndMethodsTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("PUT", "/healthz")]
    [InlineData("DELETE", "/healthz")]
    [InlineData("PUT", "/healthz/ready")]
    [InlineData("DELETE", "/metrics")]
    [InlineData("POST", "/metrics")]
    public async Task Probes_and_metrics_answer_only_get_and_head(string method, string path)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/en/drugs/{slug}/pdf")]
    [InlineData("/fr/medicaments/{slug}/pdf")]
    public void Drug_pdfs_answer_head_as_well_as_get(string pattern)
    {
        _ = factory.CreateClient();
        var endpoints = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>(factory.Services).Endpoints;

        var pdf = endpoints.OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>().Single(e => e.RoutePattern.RawText == pattern);

        Assert.Equal(["GET", "HEAD"], pdf.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Order());
    }

    [Fact]
    public async Task The_form_token_cookie_is_secure_over_https()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync("/en/self-check");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Hsts_includes_subdomains_only_when_the_operator_says_so()
    {
        // HSTS is never sent to localhost: ask as the public name, behind a TLS proxy.
        using var plainSite = new WayfinderFactory { Settings = new Dictionary<string, string> { ["AllowedHosts"] = "wayfinder.example.ca" } };
        using var withSubdomains = new WayfinderFactory { Settings = new Dictionary<string, string> { ["AllowedHosts"] = "wayfinder.example.ca", ["Hsts:IncludeSubDomains"] = "true" } };

        var plain = await Hsts(plainSite);
        var subdomains = await Hsts(withSubdomains);

        Assert.StartsWith("max-age=31536000", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("includeSubDomains", plain, StringComparison.Ordinal);
        Assert.Contains("includeSubDomains", subdomains, StringComparison.Ordinal);
    }

    private static async Task<string> Hsts(WayfinderFactory site)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/");
        request.Headers.Host = "wayfinder.example.ca";
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await site.CreateClient().SendAsync(request);
        return response.Headers.GetValues("Strict-Transport-Security").Single();
    }

    [Fact]
    public async Task A_post_from_an_opaque_origin_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/preferences/dismiss")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = "respiratory-season-2026", ["return"] = "/en/" }),
        };
        request.Headers.Add("Origin", "null");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_self_check_answers_download_is_never_stored_by_a_cache()
    {
        var client = factory.CreateClient();
        var form = await SelfCheckForm.GetAsync(client);
        form.Fields["flag-fever"] = "yes";
        using var content = new FormUrlEncodedContent(form.Fields);

        var response = await client.PostAsync("/en/self-check?handler=fhir", content);

        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }
}

public sealed class HostHeaderTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/cancer-types/neuroendocrine-tumours")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task A_forged_host_is_refused_and_never_written_into_a_page(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_name_an_operator_allows_is_served()
    {
        using var site = new WayfinderFactory { Settings = new Dictionary<string, string> { ["AllowedHosts"] = "wayfinder.example.ca" } };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        request.Headers.Host = "wayfinder.example.ca";

        var response = await site.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sitemap: http://wayfinder.example.ca/sitemap.xml", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
