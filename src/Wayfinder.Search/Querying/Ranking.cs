namespace Wayfinder.Search.Querying;

/// <summary>
/// How a page's type and audience adjust its text score. Text relevance decides; these only
/// order pages of similar relevance.
/// </summary>
internal static class Ranking
{
    /// <summary>A provider page never outranks the patient page it is a version of, and the
    /// reverse when a provider asks; this keeps it just below.</summary>
    public const float BelowItsVersion = 0.999f;

    /// <summary>Trials are listed in full on the trials finder; a glossary entry is a one-line
    /// definition. Both come after pages that explain the same thing.</summary>
    public static float TypeWeight(string type) => type switch
    {
        DocumentTypes.Trial => 0.5f,
        DocumentTypes.GlossaryTerm => 0.2f,
        _ => 1f,
    };

    public static float AudienceWeight(string audience, string? wanted) => wanted == Audiences.Provider
        ? audience switch { Audiences.Provider => 1f, Audiences.All => 0.9f, _ => 0.7f }
        : audience == Audiences.Provider ? 0.5f : 1f;

    /// <summary>The audience filter: a page for everyone is also for patients and for providers.</summary>
    public static bool AudienceMatches(string audience, string? wanted) => string.IsNullOrEmpty(wanted)
        || audience == wanted
        || (audience == Audiences.All && wanted is Audiences.Patient or Audiences.Provider);

    public static bool TypeMatches(string type, string? wanted) => string.IsNullOrEmpty(wanted) || type == wanted;

    public static readonly IReadOnlyList<string> AudienceFacetOrder = [Audiences.Patient, Audiences.Provider, Audiences.All];
}
