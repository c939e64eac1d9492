using System.Globalization;
using Wayfinder.Trials;

namespace Wayfinder.Web.Features.Trials;

/// <summary>Reads the finder's query string (page and API alike); each bad value is named.</summary>
public static class TrialQueryParser
{
    private static readonly string[] Statuses =
    [
        "RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "ENROLLING_BY_INVITATION", "COMPLETED", "SUSPENDED",
        "TERMINATED", "WITHDRAWN", "UNKNOWN", "ANY",
    ];

    private static readonly string[] Phases = ["EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA"];

    public static (TrialQuery Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection q, CancerTypeCatalog cancerTypes)
    {
        var errors = new Dictionary<string, string[]>();
        string? Text(string name)
        {
            var value = q[name].ToString().Trim();
            if (value.Length > 200)
            {
                errors[name] = [$"'{name}' must be 200 characters or fewer"];
                return null;
            }

            return value.Length == 0 ? null : value;
        }

        int? Number(string name, int min, int max)
        {
            var value = q[name].ToString();
            if (value.Length == 0)
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            {
                return number;
            }

            errors[name] = [$"'{name}' must be a whole number from {min} to {max}"];
            return null;
        }

        var statuses = (Text("status") ?? "").ToUpperInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var status in statuses.Where(s => !Statuses.Contains(s)))
        {
            errors["status"] = [$"'{status}' is not a status; use {string.Join(", ", Statuses)}"];
        }

        var phase = Text("phase")?.ToUpperInvariant();
        if (phase is not null && !Phases.Contains(phase))
        {
            errors["phase"] = [$"'phase' must be one of {string.Join(", ", Phases)}"];
        }

        var sex = Text("sex")?.ToUpperInvariant();
        if (sex is not null && sex is not ("FEMALE" or "MALE" or "ALL"))
        {
            errors["sex"] = ["'sex' must be female, male or all"];
        }

        var cancerType = Text("cancer-type");
        if (cancerType is not null && cancerTypes.Find(cancerType) is null)
        {
            errors["cancer-type"] = [$"'{cancerType}' is not a cancer type of this site; use one of: {string.Join(", ", cancerTypes.All.Select(c => c.Id))}"];
        }

        var query = new TrialQuery
        {
            CancerType = cancerTypes.Find(cancerType)?.Id,
            Condition = Text("condition"),
            Keyword = Text("q"),
            Statuses = statuses,
            Phase = phase,
            Age = Number("age", 0, 120),
            Sex = sex,
            Near = Text("near"),
            RadiusKm = Number("radiusKm", 1, 5000) ?? 100,
            Page = Number("page", 1, 1000) ?? 1,
        };
        return (query, errors);
    }
}
