namespace Wayfinder.Data.Trials;

/// <summary>A clinical trial from ClinicalTrials.gov (API v2), stored by its NCT id.</summary>
public sealed class Trial
{
    /// <summary>ClinicalTrials.gov identifier, e.g. NCT05594173.</summary>
    public required string NctId { get; set; }
    public required string BriefTitle { get; set; }
    public string? OfficialTitle { get; set; }
    public string? Acronym { get; set; }

    /// <summary>RECRUITING, NOT_YET_RECRUITING, COMPLETED... as the registry writes it.</summary>
    public required string OverallStatus { get; set; }

    /// <summary>The month the status was last verified (first day of it).</summary>
    public DateOnly? StatusVerified { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? CompletionDate { get; set; }
    public DateOnly? LastUpdated { get; set; }
    public string? Sponsor { get; set; }
    public string? BriefSummary { get; set; }

    /// <summary>Phases joined with "; " (PHASE1; PHASE2), or NA.</summary>
    public string Phases { get; set; } = "";
    public string? StudyType { get; set; }

    /// <summary>Conditions joined with "; ", as listed by the sponsor.</summary>
    public string Conditions { get; set; } = "";

    /// <summary>Keywords joined with "; ", as listed by the sponsor.</summary>
    public string Keywords { get; set; } = "";

    /// <summary>The registry's MeSH codes for the conditions, joined with "; " (D000018358).</summary>
    public string ConditionCodes { get; set; } = "";

    /// <summary>
    /// The cancer types (content ids) whose condition terms this trial matches, decided at
    /// import and again when the content's terms change, so finding a cancer type's trials is
    /// an index lookup, not a text scan.
    /// </summary>
    public List<TrialCancerType> CancerTypes { get; set; } = [];

    /// <summary>Conditions and keywords in lower case, for searching.</summary>
    public string SearchText { get; set; } = "";
    public string? EligibilityCriteria { get; set; }

    /// <summary>ALL, FEMALE or MALE.</summary>
    public string? Sex { get; set; }
    public int? MinimumAgeYears { get; set; }
    public int? MaximumAgeYears { get; set; }
    public bool? HealthyVolunteers { get; set; }
    public List<TrialSite> Sites { get; set; } = [];
    public int ImportRunId { get; set; }
}

/// <summary>One place a trial runs, with the city's coordinates when the registry gives them.</summary>
public sealed class TrialSite
{
    public int Id { get; set; }
    public required string NctId { get; set; }
    public string? Facility { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? Country { get; set; }
    public string? Zip { get; set; }
    public string? Status { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    // A copy of the trial fields the finder filters and sorts on, so "recruiting trials within
    // 100 km" is one range scan over one covering index, without visiting the trials table.
    // The importer replaces a trial's sites whenever it updates the trial, which keeps the
    // copies in step.

    /// <summary>The trial's <see cref="Trial.OverallStatus"/>.</summary>
    public string TrialStatus { get; set; } = "";

    /// <summary>The trial's <see cref="Trial.LastUpdated"/>.</summary>
    public DateOnly? TrialLastUpdated { get; set; }

    /// <summary>This site once for each cancer type of its trial, for the finder's cancer-type filter.</summary>
    public List<TrialSiteCancerType> CancerTypes { get; set; } = [];
}

/// <summary>A trial tagged to a cancer type of the content (its hub's id).</summary>
public sealed class TrialCancerType
{
    public required string NctId { get; set; }
    public required string CancerTypeId { get; set; }
}

/// <summary>
/// A site of a trial tagged to a cancer type, with copies of everything the finder's distance
/// search filters and sorts on, so "this cancer type's trials recruiting within 100 km" is one
/// range scan over one covering index whatever the number of cancer types. Sites without
/// coordinates are never found by distance and get no row.
/// </summary>
public sealed class TrialSiteCancerType
{
    public int Id { get; set; }
    public int SiteId { get; set; }
    public required string CancerTypeId { get; set; }
    public required string NctId { get; set; }
    public string TrialStatus { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public DateOnly? TrialLastUpdated { get; set; }
}

/// <summary>
/// Which definition of the cancer types' terms the stored tags were made with (one row), so a
/// site redoes the tags when the content changes them, and only then.
/// </summary>
public sealed class TrialTagging
{
    public int Id { get; set; }
    public string Fingerprint { get; set; } = "";
    public DateTimeOffset TaggedAt { get; set; }
}

/// <summary>A Canadian postal Forward Sortation Area (first three characters) and its centre.</summary>
public sealed class PostalArea
{
    public required string Fsa { get; set; }
    public required string City { get; set; }
    public required string Province { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}
