using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Errors;

public sealed class ErrorPageTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/no-such-page", "en", "Page not found")]
    [InlineData("/fr/page-introuvable", "fr", "Page introuvable")]
    [InlineData("/nowhere/at/all", "en", "Page not found")]
    [InlineData("/en/cancer-types/neuroendocrine-tumours/../../../etc/passwd", "en", "Page not found")]
    public async Task An_unknown_address_gets_a_helpful_404_in_its_language(string path, string lang, string title)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("main form[role=search] input[name=q]"));
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/{lang}/");
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task An_error_shows_a_friendly_page_without_a_stack_trace()
    {
        using var failing = new WayfinderFactory
        {
            ConfigureServices = services => services.Configure<MvcOptions>(o => o.Filters.Add(new ExplodingFilter())),
        };

        var response = await failing.CreateClient().GetAsync("/en/palliative-care");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ExplodingFilter", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    /// <summary>Throws from inside page handling, the way a real bug would.</summary>
    private sealed class ExplodingFilter : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Path.StartsWithSegments("/en/palliative-care"))
            {
                throw new InvalidOperationException("boom from ExplodingFilter");
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
