using Wayfinder.Data.Trials;
using Wayfinder.Trials;

namespace Wayfinder.Web.Features.Trials;

/// <summary><c>GET /api/trials</c> and <c>GET /api/trials/{nctId}</c> (DESIGN section 5).</summary>
public static class TrialsApi
{
    public sealed record TrialSummary(string NctId, string Title, string Status, string Phases, DateOnly? LastUpdated,
        double? DistanceKm, string? NearestSite, bool MayBeOutOfDate, string Url);

    public sealed record TrialList(int Total, int Page, IReadOnlyList<TrialSummary> Results);

    /// <summary>One place a trial runs, as the registry lists it.</summary>
    public sealed record SiteDetail(string? Facility, string? City, string? State, string? Country, string? Status,
        double? Latitude, double? Longitude, string? ContactName, string? ContactPhone, string? ContactEmail);

    /// <summary>
    /// One trial, as the API promises it: the registry's public fields, the cancer types it is
    /// tagged to and its page on this site. Storage details (search text, import run) stay inside.
    /// </summary>
    public sealed record TrialDetail(string NctId, string Title, string? OfficialTitle, string? Acronym, string Status,
        DateOnly? StatusVerified, DateOnly? StartDate, DateOnly? CompletionDate, DateOnly? LastUpdated, string? Sponsor,
        string? Summary, string Phases, string? StudyType, IReadOnlyList<string> Conditions, IReadOnlyList<string> Keywords,
        IReadOnlyList<string> CancerTypes, string? EligibilityCriteria, string? Sex, int? MinimumAgeYears, int? MaximumAgeYears,
        bool? HealthyVolunteers, bool MayBeOutOfDate, IReadOnlyList<SiteDetail> Sites, string Url)
    {
        public static TrialDetail From(Trial t, bool mayBeOutOfDate, string lang) => new(
            t.NctId, t.BriefTitle, t.OfficialTitle, t.Acronym, t.OverallStatus, t.StatusVerified, t.StartDate, t.CompletionDate,
            t.LastUpdated, t.Sponsor, t.BriefSummary, t.Phases, t.StudyType, Split(t.Conditions), Split(t.Keywords),
            t.CancerTypes.Select(c => c.CancerTypeId).Order(StringComparer.Ordinal).ToList(), t.EligibilityCriteria, t.Sex,
            t.MinimumAgeYears, t.MaximumAgeYears, t.HealthyVolunteers, mayBeOutOfDate,
            t.Sites.Select(s => new SiteDetail(s.Facility, s.City, s.State, s.Country, s.Status, s.Latitude, s.Longitude,
                s.ContactName, s.ContactPhone, s.ContactEmail)).ToList(),
            Wayfinder.Content.Site.SiteRoutes.Trial.Path(lang, t.NctId));

        private static IReadOnlyList<string> Split(string joined) =>
            joined.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Links in answers point at pages in this language (<c>lang=en|fr</c>, English by default).</summary>
    private static string? Language(HttpRequest request, Dictionary<string, string[]> errors)
    {
        var lang = request.Query["lang"].ToString();
        if (lang.Length == 0)
        {
            return Wayfinder.Content.Model.Languages.English;
        }

        if (Wayfinder.Content.Model.Languages.IsSupported(lang))
        {
            return lang;
        }

        errors["lang"] = ["'lang' must be en or fr"];
        return null;
    }

    public static void MapTrialsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/trials", async (HttpRequest request, TrialSearch search, CancerTypeCatalog cancerTypes, CancellationToken cancellation) =>
        {
            var (query, errors) = TrialQueryParser.Parse(request.Query, cancerTypes);
            var lang = Language(request, errors);
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
                    h.MayBeOutOfDate, Wayfinder.Content.Site.SiteRoutes.Trial.Path(lang!, h.Trial.NctId))).ToList()));
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

        app.MapGet("/api/trials/{nctId}", async (string nctId, HttpRequest request, TrialSearch search, CancellationToken cancellation) =>
        {
            var errors = new Dictionary<string, string[]>();
            var lang = Language(request, errors);
            var id = NctIds.Normalise(nctId);
            if (id is null)
            {
                errors["nctId"] = ["'nctId' must look like NCT01234567"];
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors);
            }

            try
            {
                return await search.FindAsync(id!, cancellation) is { } trial
                    ? Results.Ok(TrialDetail.From(trial, search.IsOutOfDate(trial), lang!))
                    : Results.Problem(statusCode: 404, title: "Trial not found", detail: $"No trial {nctId} is loaded.");
            }
            catch (Exception ex) when (Infrastructure.DatabaseErrors.IsUnreachable(ex))
            {
                return Unavailable();
            }
        }).RequireRateLimiting(Infrastructure.RequestLimits.Api).WithName("GetTrial").WithSummary("One trial with its sites and cancer types.").Produces<TrialDetail>();
    }

    private static IResult Unavailable() =>
        Results.Problem(statusCode: 503, title: "Trial data is unavailable", detail: "The trial database cannot be reached right now. Please try again in a few minutes.");
}
