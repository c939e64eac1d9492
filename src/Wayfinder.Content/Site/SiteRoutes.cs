using System.Text.RegularExpressions;

namespace Wayfinder.Content.Site;

/// <summary>
/// Site paths that are not content files: pages the application itself serves, and pages that
/// are planned (DESIGN section 4) but not built yet. Links to planned pages are reported by
/// <c>check</c> as pending rather than as errors, so editors can write them ahead of time.
/// When a feature ships, its pattern moves from <see cref="Planned"/> to <see cref="Application"/>.
/// </summary>
public static partial class SiteRoutes
{
    private const string NetSubPagesEn = "types|risk-factors|diagnosis|treatment|radionuclide-therapy|carcinoid-syndrome|follow-up-care|living-with-nets|for-providers";
    private const string NetSubPagesFr = "types|facteurs-de-risque|diagnostic|traitement|therapie-par-radionucleides|syndrome-carcinoide|suivi|vivre-avec-une-tne|pour-les-professionnels";

    public static readonly IReadOnlyList<Regex> Application =
    [
        new("^/$"),
        new("^/(en/search|fr/recherche)$"),
        new("^/(en/glossary|fr/glossaire)$"),
        new("^/(en/drugs|fr/medicaments)$"),
        new("^/(en/symptoms|fr/symptomes)$"),
        new("^/(en/self-check|fr/auto-evaluation)$"),
        new("^/(en/clinical-trials|fr/essais-cliniques)(/NCT[0-9]{8})?$"),
        new("^/(en/feedback|fr/retroaction)$"),
    ];

    public static readonly IReadOnlyList<Regex> Planned =
    [
        new($"^/en/cancer-types/neuroendocrine-tumours/({NetSubPagesEn})$"),
        new($"^/fr/types-de-cancer/tumeurs-neuroendocrines/({NetSubPagesFr})$"),
    ];

    public static bool IsApplicationPage(string path) => Application.Any(r => r.IsMatch(path));

    public static bool IsPlanned(string path) => Planned.Any(r => r.IsMatch(path));

    /// <summary>The search page of a language.</summary>
    public static string SearchPath(string lang) => lang == "fr" ? "/fr/recherche" : "/en/search";

    public static string SymptomsPath(string lang) => lang == "fr" ? "/fr/symptomes" : "/en/symptoms";

    public static string SelfCheckPath(string lang) => lang == "fr" ? "/fr/auto-evaluation" : "/en/self-check";

    public static string DrugsPath(string lang) => lang == "fr" ? "/fr/medicaments" : "/en/drugs";

    public static string GlossaryPath(string lang) => lang == "fr" ? "/fr/glossaire" : "/en/glossary";

    /// <summary>The last segment of a hub's single-page "View all" version.</summary>
    public static string ViewAllSegment(string lang) => lang == "fr" ? "tout" : "all";
}
