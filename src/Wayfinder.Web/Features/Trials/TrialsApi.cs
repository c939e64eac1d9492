using Wayfinder.Data.Trials;
using Wayfinder.Trials;

namespace Wayfinder.Web.Features.Trials;

/// <summary><c>GET /api/trials</c> and <c>GET /api/trials/{nctId}</c> (DESIGN section 5).</summary>
public static class TrialsApi
{
    public sealed record TrialSummary(string NctId, string Title, string Status, string Phases, DateOnly? LastUpdated,
        double? DistanceKm, string? NearestSite, bool MayBeOutOfDate, string Url);

    public sealed record TrialList(int Total, int Page, IReadOnlyList<TrialSummary> Results);

    public static void MapTrialsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/trials", async (HttpRequest request, TrialSearch search, CancerTypeCatalog cancerTypes, CancellationToken cancellation) =>
        {
            var (query, errors) = TrialQueryParser.Parse(request.Query, cancerTypes);
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: "The trial search is not valid");
            }

            try
            {
                var results = await search.SearchAsync(query, cancellation);
                return Results.Ok(new TrialList(results.Total, query.Page, results.Hits.Select(h => new TrialSummary(
                    h.Trial.NctId, h.Trial.BriefTitle, h.Trial.OverallStatus, h.Trial.Phases, h.Trial.LastUpdated,
                    h.DistanceKm is { } km ? Math.Round(km, 1) : null,
                    h.NearestSite is { } s ? string.Join(", ", new[] { s.Facility, s.City }.Where(p => !string.IsNullOrEmpty(p))) : null,
                    h.MayBeOutOfDate, $"/en/clinical-trials/{h.Trial.NctId}")).ToList()));
            }
            catch (UnknownPlaceException ex)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["near"] = [ex.Message] }, title: "The trial search is not valid");
            }
            catch (Exception ex) when (Infrastructure.DatabaseErrors.IsUnreachable(ex))
            {
                return Unavailable();
            }
        }).RequireRateLimiting(Infrastructure.RequestLimits.Api).WithName("SearchTrials").WithSummary("Finds clinical trials by cancer type (cancer-type), condition, keyword, status, phase, age, sex and distance.");

        app.MapGet("/api/trials/{nctId}", async (string nctId, TrialSearch search, CancellationToken cancellation) =>
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(nctId, "^NCT[0-9]{8}$"))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["nctId"] = ["'nctId' must look like NCT01234567"] });
            }

            try
            {
                return await search.FindAsync(nctId, cancellation) is { } trial
                    ? Results.Ok(trial)
                    : Results.Problem(statusCode: 404, title: "Trial not found", detail: $"No trial {nctId} is loaded.");
            }
            catch (Exception ex) when (Infrastructure.DatabaseErrors.IsUnreachable(ex))
            {
                return Unavailable();
            }
        }).RequireRateLimiting(Infrastructure.RequestLimits.Api).WithName("GetTrial").WithSummary("One trial with its sites.").Produces<Trial>();
    }

    private static IResult Unavailable() =>
        Results.Problem(statusCode: 503, title: "Trial data is unavailable", detail: "The trial database cannot be reached right now. Please try again in a few minutes.");
}
