using Wayfinder.Content.Site;

namespace Wayfinder.Web.Features.Trials;

/// <summary>The registry's codes for a trial's phase, in the words of the page's language.</summary>
public static class TrialWords
{
    /// <summary>"PHASE2" reads "Phase 2"; "EARLY_PHASE1" reads "Early phase 1" ("Phase 1 précoce").</summary>
    public static string Phase(string phase, SiteLanguage text) => phase switch
    {
        "EARLY_PHASE1" => text["trials_early_phase_1"],
        "NA" => "–",
        _ => phase.Replace("PHASE", text["trials_phase"] + " ", StringComparison.Ordinal),
    };

    /// <summary>A trial's phases as the registry lists them ("PHASE2; PHASE3"), in words.</summary>
    public static string Phases(string? phases, SiteLanguage text) => string.IsNullOrEmpty(phases)
        ? "–"
        : string.Join(", ", phases.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => Phase(p, text)));
}
