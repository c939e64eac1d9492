using System.Text.RegularExpressions;

namespace Wayfinder.Content.Site;

/// <summary>
/// Site paths that are not content files: pages the application itself serves. Pages an editor plans but has not written yet are content:
/// <c>planned_pages</c> in <c>site.yaml</c>.
/// </summary>
public static partial class SiteRoutes
{
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

    public static bool IsApplicationPage(string path) => Application.Any(r => r.IsMatch(path));

    /// <summary>The search page of a language.</summary>
    public static string SearchPath(string lang) => lang == "fr" ? "/fr/recherche" : "/en/search";

    public static string SymptomsPath(string lang) => lang == "fr" ? "/fr/symptomes" : "/en/symptoms";

    public static string SelfCheckPath(string lang) => lang == "fr" ? "/fr/auto-evaluation" : "/en/self-check";

    public static string DrugsPath(string lang) => lang == "fr" ? "/fr/medicaments" : "/en/drugs";

    public static string GlossaryPath(string lang) => lang == "fr" ? "/fr/glossaire" : "/en/glossary";

    /// <summary>The last segment of a hub's single-page "View all" version.</summary>
    public static string ViewAllSegment(string lang) => lang == "fr" ? "tout" : "all";
}
