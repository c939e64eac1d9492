using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wayfinder.Data.Trials;

namespace Wayfinder.Trials;

/// <summary>
/// Maps one ClinicalTrials.gov API v2 study (its <c>protocolSection</c> modules) to our model.
/// A study without an NCT id, a title or a status is refused with the reason.
/// </summary>
public static partial class StudyMapper
{
    public static (Trial? Trial, string? Error) Map(JsonElement study)
    {
        if (study.ValueKind != JsonValueKind.Object || !study.TryGetProperty("protocolSection", out var protocol) || protocol.ValueKind != JsonValueKind.Object)
        {
            return (null, "no protocolSection: not a ClinicalTrials.gov v2 study");
        }

        var identification = Module(protocol, "identificationModule");
        var nctId = Text(identification, "nctId");
        if (nctId is null || !NctPattern().IsMatch(nctId))
        {
            return (null, $"identificationModule.nctId is missing or not an NCT id ('{nctId}')");
        }

        var title = Text(identification, "briefTitle");
        if (string.IsNullOrWhiteSpace(title))
        {
            return (null, $"{nctId}: identificationModule.briefTitle is missing");
        }

        var status = Module(protocol, "statusModule");
        var overallStatus = Text(status, "overallStatus");
        if (string.IsNullOrWhiteSpace(overallStatus))
        {
            return (null, $"{nctId}: statusModule.overallStatus is missing");
        }

        var conditions = Module(protocol, "conditionsModule");
        var conditionList = Strings(conditions, "conditions");
        var keywords = Strings(conditions, "keywords");
        var design = Module(protocol, "designModule");
        var eligibility = Module(protocol, "eligibilityModule");

        var trial = new Trial
        {
            NctId = nctId,
            BriefTitle = title.Trim(),
            OfficialTitle = Text(identification, "officialTitle"),
            Acronym = Text(identification, "acronym"),
            OverallStatus = overallStatus,
            StatusVerified = PartialDate(Text(status, "statusVerifiedDate")),
            StartDate = PartialDate(Text(Module(status, "startDateStruct"), "date")),
            CompletionDate = PartialDate(Text(Module(status, "completionDateStruct"), "date")),
            LastUpdated = PartialDate(Text(Module(status, "lastUpdatePostDateStruct"), "date")),
            Sponsor = Text(Module(Module(protocol, "sponsorCollaboratorsModule"), "leadSponsor"), "name"),
            BriefSummary = Text(Module(protocol, "descriptionModule"), "briefSummary"),
            Phases = string.Join("; ", Strings(design, "phases")),
            StudyType = Text(design, "studyType"),
            Conditions = string.Join("; ", conditionList),
            SearchText = string.Join(" ", conditionList.Concat(keywords).Append(title)).ToLowerInvariant(),
            Keywords = string.Join("; ", keywords),
            ConditionCodes = string.Join("; ", Array(Module(Module(study, "derivedSection"), "conditionBrowseModule"), "meshes")
                .Select(m => Text(m, "id")).OfType<string>()),
            EligibilityCriteria = Text(eligibility, "eligibilityCriteria"),
            Sex = Text(eligibility, "sex"),
            MinimumAgeYears = AgeInYears(Text(eligibility, "minimumAge")),
            MaximumAgeYears = AgeInYears(Text(eligibility, "maximumAge")),
            HealthyVolunteers = Module(eligibility, "healthyVolunteers") is { ValueKind: JsonValueKind.True or JsonValueKind.False } healthy ? healthy.GetBoolean() : null,
        };

        foreach (var location in Array(Module(protocol, "contactsLocationsModule"), "locations"))
        {
            var geo = Module(location, "geoPoint");
            var contact = Array(location, "contacts").FirstOrDefault();
            trial.Sites.Add(new TrialSite
            {
                NctId = nctId,
                Facility = Text(location, "facility"),
                City = Text(location, "city"),
                State = Text(location, "state"),
                Country = Text(location, "country"),
                Zip = Text(location, "zip"),
                Status = Text(location, "status"),
                Latitude = Number(geo, "lat"),
                Longitude = Number(geo, "lon"),
                ContactName = Text(contact, "name"),
                ContactPhone = Text(contact, "phone"),
                ContactEmail = Text(contact, "email"),
                TrialStatus = trial.OverallStatus,
                TrialLastUpdated = trial.LastUpdated,
            });
        }

        return (trial, null);
    }

    /// <summary>"18 Years" is 18; "6 Months" is 0; anything else (N/A) is no limit.</summary>
    public static int? AgeInYears(string? age)
    {
        var match = age is null ? null : AgePattern().Match(age);
        if (match is not { Success: true })
        {
            return null;
        }

        var value = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value.ToLowerInvariant() switch
        {
            "year" or "years" => value,
            "month" or "months" => value / 12,
            _ => 0,
        };
    }

    /// <summary>"2019-09-13" or "2022-10" (month precision, as the registry often writes dates).</summary>
    public static DateOnly? PartialDate(string? value) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month
        : null;

    private static JsonElement Module(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) ? value : default;

    private static string? Text(JsonElement parent, string name) =>
        Module(parent, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static double? Number(JsonElement parent, string name) =>
        Module(parent, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) ? number : null;

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        Module(parent, name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : [];

    private static List<string> Strings(JsonElement parent, string name) =>
        Array(parent, name).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();

    [GeneratedRegex("^NCT[0-9]{8}$")]
    private static partial Regex NctPattern();

    [GeneratedRegex(@"^\s*(\d+)\s+(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();
}
