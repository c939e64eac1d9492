using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Data.Trials;

namespace Wayfinder.Trials;

/// <summary>What a person asks the trial finder (DESIGN section 5, <c>GET /api/trials</c>).</summary>
public sealed record TrialQuery
{
    /// <summary>A cancer type's content id: its tagged trials only.</summary>
    public string? CancerType { get; init; }
    public string? Condition { get; init; }
    public string? Keyword { get; init; }

    /// <summary>Registry statuses; empty means recruiting and not yet recruiting.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];
    public string? Phase { get; init; }
    public int? Age { get; init; }

    /// <summary>FEMALE or MALE; trials open to all always match.</summary>
    public string? Sex { get; init; }
    public string? Near { get; init; }
    public double RadiusKm { get; init; } = 100;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed record TrialHit(Trial Trial, double? DistanceKm, TrialSite? NearestSite, bool MayBeOutOfDate);

public sealed record TrialResults(int Total, IReadOnlyList<TrialHit> Hits, (double Lat, double Lon, string Label)? Origin);

/// <summary>A place the person typed that could not be found.</summary>
public sealed class UnknownPlaceException(string place) : Exception(LooksLikePartialPostalCode(place)
    ? $"'{place}' looks like part of a postal code: give all 6 characters (K1A 0B1) or the first 3 (K1A)"
    : $"'{place}' is not a postal code, a city with trial sites, or 'latitude,longitude'")
{
    public string Place { get; } = place;

    /// <summary>Is the place a Canadian postal code with a character or more missing ("M5G2M")?</summary>
    public bool IsPartialPostalCode => LooksLikePartialPostalCode(Place);

    public static bool LooksLikePartialPostalCode(string place)
    {
        var compact = place.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length is 4 or 5
            && System.Text.RegularExpressions.Regex.IsMatch(compact, "^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][0-9]([ABCEGHJ-NPRSTV-Z])?$");
    }
}

/// <summary>
/// Finds trials: cancer type (tags made from the content's terms), condition, keyword, status,
/// phase, age, sex and distance from a postal code, a city with trial sites or coordinates.
/// A condition that names a cancer type (one of its hub's trial terms) finds that cancer type's tagged trials;
/// any other condition matches text. Sorted by distance, then by last update. Distances use a
/// bounding box in the database and the exact great-circle distance in memory.
/// </summary>
public sealed class TrialSearch(WayfinderDbContext db, TimeProvider time, CancerTypeCatalog cancerTypes)
{
    public static readonly IReadOnlyList<string> DefaultStatuses = ["RECRUITING", "NOT_YET_RECRUITING"];

    /// <summary>The cancer type a query asks for: by id, or by a condition that names one.</summary>
    public CancerTypeTerms? CancerTypeOf(TrialQuery query) =>
        cancerTypes.Find(query.CancerType) ?? cancerTypes.ForCondition(query.Condition);

    public async Task<TrialResults> SearchAsync(TrialQuery query, CancellationToken cancellation = default)
    {
        IQueryable<Trial> trials = db.Trials.AsNoTracking();
        var statuses = query.Statuses.Count == 0 ? DefaultStatuses : query.Statuses;
        var anyStatus = statuses.Contains("ANY");
        var cancerType = CancerTypeOf(query);
        var cancerTypeId = cancerType?.Id;
        var conditionIsCancerType = cancerType is not null && cancerType == cancerTypes.ForCondition(query.Condition);

        // Filters the finder rows also hold (cancer type, status) are applied there for
        // distance searches; any other filter means the trials table must be consulted too.
        var needsTrialFilters = false;
        if (!anyStatus)
        {
            trials = trials.Where(t => statuses.Contains(t.OverallStatus));
        }

        if (cancerTypeId is not null)
        {
            // Tagged at import (indexed), not a text scan.
            trials = trials.Where(t => db.TrialCancerTypes.Any(c => c.CancerTypeId == cancerTypeId && c.NctId == t.NctId));
        }

        if (!string.IsNullOrWhiteSpace(query.Condition) && !conditionIsCancerType)
        {
            trials = trials.Where(AnyTerm(cancerTypes.ForCondition(query.Condition)?.SearchWords ?? [query.Condition.Trim().ToLowerInvariant()]));
            needsTrialFilters = true;
        }

        if (!string.IsNullOrWhiteSpace(query.Keyword))
        {
            var keyword = query.Keyword.Trim().ToLowerInvariant();
            trials = trials.Where(t => t.SearchText.Contains(keyword) || (t.BriefSummary != null && t.BriefSummary.ToLower().Contains(keyword)));
            needsTrialFilters = true;
        }

        if (!string.IsNullOrWhiteSpace(query.Phase))
        {
            var phase = query.Phase.Trim().ToUpperInvariant();
            trials = trials.Where(t => t.Phases.Contains(phase));
            needsTrialFilters = true;
        }

        if (query.Age is { } age)
        {
            trials = trials.Where(t => (t.MinimumAgeYears == null || t.MinimumAgeYears <= age) && (t.MaximumAgeYears == null || t.MaximumAgeYears >= age));
            needsTrialFilters = true;
        }

        if (query.Sex is "FEMALE" or "MALE")
        {
            trials = trials.Where(t => t.Sex == null || t.Sex == "ALL" || t.Sex == query.Sex);
            needsTrialFilters = true;
        }

        var origin = string.IsNullOrWhiteSpace(query.Near) ? null : await ResolvePlaceAsync(query.Near, cancellation);
        var skip = (Math.Max(1, query.Page) - 1) * query.PageSize;
        if (origin is null)
        {
            var total = await trials.CountAsync(cancellation);
            var page = await trials.OrderByDescending(t => t.LastUpdated).ThenBy(t => t.NctId).Skip(skip).Take(query.PageSize)
                .Include(t => t.Sites).AsSplitQuery().ToListAsync(cancellation);
            return new TrialResults(total, page.Select(t => new TrialHit(t, null, null, IsOutOfDate(t))).ToList(), null);
        }

        var (lat, lon, _) = origin.Value;
        var box = Geo.BoundingBox(lat, lon, query.RadiusKm);
        // Only what sorting needs comes back for every match, read from the sites' covering
        // index; whole trials are loaded for one page.
        // Filters are added only when asked for, so the database sees a plain range scan over
        // the covering index rather than "@flag OR ..." that it cannot seek on.
        IQueryable<SiteRow> sites;
        if (cancerTypeId is null)
        {
            var all = db.TrialSites.AsNoTracking()
                .Where(s => s.Latitude >= box.MinLat && s.Latitude <= box.MaxLat && s.Longitude >= box.MinLon && s.Longitude <= box.MaxLon);
            all = anyStatus ? all : all.Where(s => statuses.Contains(s.TrialStatus));
            all = needsTrialFilters ? all.Where(s => trials.Any(t => t.NctId == s.NctId)) : all;
            sites = all.Select(s => new SiteRow(s.NctId, s.Id, s.Latitude!.Value, s.Longitude!.Value, s.TrialLastUpdated));
        }
        else
        {
            var tagged = db.TrialSiteCancerTypes.AsNoTracking()
                .Where(s => s.CancerTypeId == cancerTypeId)
                .Where(s => s.Latitude >= box.MinLat && s.Latitude <= box.MaxLat && s.Longitude >= box.MinLon && s.Longitude <= box.MaxLon);
            tagged = anyStatus ? tagged : tagged.Where(s => statuses.Contains(s.TrialStatus));
            tagged = needsTrialFilters ? tagged.Where(s => trials.Any(t => t.NctId == s.NctId)) : tagged;
            sites = tagged.Select(s => new SiteRow(s.NctId, s.SiteId, s.Latitude, s.Longitude, s.TrialLastUpdated));
        }

        var rows = await sites.ToListAsync(cancellation);
        var ordered = rows
            .Select(r => (Row: r, Km: Geo.DistanceKm(lat, lon, r.Lat, r.Lon)))
            .Where(x => x.Km <= query.RadiusKm)
            .GroupBy(x => x.Row.NctId)
            .Select(g => g.MinBy(x => x.Km))
            .OrderBy(x => x.Km).ThenByDescending(x => x.Row.LastUpdated).ThenBy(x => x.Row.NctId, StringComparer.Ordinal)
            .ToList();
        var onPage = ordered.Skip(skip).Take(query.PageSize).ToList();
        var pageIds = onPage.Select(p => p.Row.NctId).ToList();
        var loaded = await db.Trials.AsNoTracking().Where(t => pageIds.Contains(t.NctId)).Include(t => t.Sites).AsSplitQuery().ToDictionaryAsync(t => t.NctId, cancellation);
        var hits = onPage.Select(p =>
        {
            var trial = loaded[p.Row.NctId];
            return new TrialHit(trial, p.Km, trial.Sites.First(s => s.Id == p.Row.SiteId), IsOutOfDate(trial));
        }).ToList();
        return new TrialResults(ordered.Count, hits, origin);
    }

    private sealed record SiteRow(string NctId, int SiteId, double Lat, double Lon, DateOnly? LastUpdated);

    public async Task<Trial?> FindAsync(string nctId, CancellationToken cancellation = default) =>
        await db.Trials.AsNoTracking().Include(t => t.Sites).Include(t => t.CancerTypes).AsSplitQuery().SingleOrDefaultAsync(t => t.NctId == nctId, cancellation);

    public async Task<bool> AnyAsync(CancellationToken cancellation = default) => await db.Trials.AnyAsync(cancellation);

    /// <summary>"K1A 0B1" or "K1A" (postal areas), "Toronto" (a city with trial sites) or "43.65,-79.38".</summary>
    public async Task<(double Lat, double Lon, string Label)?> ResolvePlaceAsync(string place, CancellationToken cancellation)
    {
        var text = place.Trim();
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && lat is >= -90 and <= 90
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && lon is >= -180 and <= 180)
        {
            return (lat, lon, text);
        }

        var compact = text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length is 3 or 6 && PostalAreaImporter.IsFsa(compact[..3]))
        {
            var area = await db.PostalAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Fsa == compact.Substring(0, 3), cancellation);
            if (area is not null)
            {
                return (area.Latitude, area.Longitude, $"{compact[..3]} ({area.City})");
            }
        }

        var city = text.ToLowerInvariant();
        var site = await db.TrialSites.AsNoTracking()
            .Where(s => s.City != null && s.City.ToLower() == city && s.Latitude != null && s.Longitude != null)
            .OrderBy(s => s.Id).FirstOrDefaultAsync(cancellation);
        return site is null ? throw new UnknownPlaceException(place) : (site.Latitude!.Value, site.Longitude!.Value, site.City!);
    }

    /// <summary>The registry asks sponsors to verify a trial's status; a year without that is a warning sign.</summary>
    public bool IsOutOfDate(Trial trial) =>
        trial.StatusVerified is { } verified && verified.AddYears(1) < DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static Expression<Func<Trial, bool>> AnyTerm(IReadOnlyList<string> terms)
    {
        var trial = Expression.Parameter(typeof(Trial), "t");
        var text = Expression.Property(trial, nameof(Trial.SearchText));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var term in terms)
        {
            body = Expression.OrElse(body, Expression.Call(text, contains, Expression.Constant(term)));
        }

        return Expression.Lambda<Func<Trial, bool>>(body, trial);
    }
}

/// <summary>ClinicalTrials.gov identifiers, read the same way by the trial page and the API.</summary>
public static partial class NctIds
{
    /// <summary>"nct05594173" or "NCT05594173" is NCT05594173; anything else is null.</summary>
    public static string? Normalise(string? value) =>
        value is not null && Pattern().IsMatch(value) ? value.ToUpperInvariant() : null;

    [System.Text.RegularExpressions.GeneratedRegex("^[Nn][Cc][Tt][0-9]{8}$")]
    private static partial System.Text.RegularExpressions.Regex Pattern();
}
