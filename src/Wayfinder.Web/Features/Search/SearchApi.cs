using Wayfinder.Search;

namespace Wayfinder.Web.Features.Search;

/// <summary><c>GET /api/search</c> (DESIGN section 5) and <c>GET /api/suggest</c> (type-ahead).</summary>
public static class SearchApi
{
    public sealed record Result(string Url, string Title, string Type, string Audience, string Snippet);

    public sealed record Facets(IReadOnlyList<Facet> Types, IReadOnlyList<Facet> Audiences);

    public sealed record Response(int Total, IReadOnlyList<Result> Results, string? Suggestion, int Page, int PageSize, Facets Facets);

    public const int MaxSuggestions = 8;

    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (HttpRequest request, SiteSearch search, Infrastructure.WayfinderMetrics metrics, CancellationToken cancellation) =>
        {
            var (query, errors) = SearchRequest.Parse(request.Query, "en");
            if (query.Problem != QueryProblem.None)
            {
                errors["q"] = [SearchRequest.Describe(query.Problem)];
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "The search is not valid");
            }

            if (await search.GetAsync(cancellation) is not { } index)
            {
                return NotReady();
            }

            var result = metrics.TimeSearch("api", () => index.Search(query.ToQuery()));
            return Results.Ok(new Response(
                result.Total,
                result.Results.Select(r => new Result(r.Url, r.Title, r.Type, r.Audience, r.Snippet)).ToList(),
                result.Suggestion,
                result.Page,
                result.PageSize,
                new Facets(result.Types, result.Audiences)));
        })
        .RequireRateLimiting(Infrastructure.RequestLimits.Api)
        .WithName("Search")
        .WithSummary("Searches every page, in English or French, and the stored clinical trials.")
        .WithDescription("Snippets are HTML-encoded text with <mark> around the matched words. Facets count the results for each type and audience.")
        .Produces<Response>()
        .ProducesValidationProblem();

        app.MapGet("/api/suggest", async (HttpRequest request, SiteSearch search, CancellationToken cancellation) =>
        {
            var (query, errors) = SearchRequest.Parse(request.Query, "en");
            foreach (var name in new[] { "type", "audience", "page" }.Where(errors.ContainsKey))
            {
                errors.Remove(name); // suggestions take only q and lang
            }

            // One letter is a fine start for type-ahead; no words, a long text or binary is not.
            if (query.Problem is QueryProblem.Empty or QueryProblem.TooLong or QueryProblem.Binary)
            {
                errors["q"] = [SearchRequest.Describe(query.Problem)];
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "The suggestion request is not valid");
            }

            return await search.GetAsync(cancellation) is { } index
                ? Results.Ok(index.Suggest(query.Text.Trim(), query.Lang, MaxSuggestions))
                : NotReady();
        })
        .RequireRateLimiting(Infrastructure.RequestLimits.Api)
        .WithName("Suggest")
        .WithSummary("Page titles and drug names (generic and brand) that start with the typed words, for type-ahead.")
        .Produces<IReadOnlyList<Suggestion>>()
        .ProducesValidationProblem();
    }

    private static IResult NotReady() =>
        Results.Problem(statusCode: 503, title: "Search is starting", detail: "The search index is still being built. Please try again in a few seconds.");
}
