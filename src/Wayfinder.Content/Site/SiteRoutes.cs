using System.Text.RegularExpressions;

namespace Wayfinder.Content.Site;

/// <summary>
/// A page the application serves (not a content file), in both languages. <see cref="Page"/> is
/// the Razor page that answers it (null for endpoints); <see cref="NeedsServer"/> says a static
/// copy of the site cannot serve it (it searches, takes a form or reads the database).
/// Paths may hold <c>{parameter}</c> segments. <see cref="Listed"/> pages go in the sitemap.
/// </summary>
public sealed partial record SiteRoute(string Id, string? Page, string English, string French, bool NeedsServer, bool Listed = true)
{
    /// <summary>The interface text that names the page (its title), for breadcrumbs.</summary>
    public string? TitleKey { get; init; }

    private readonly Regex englishPattern = Pattern(English);
    private readonly Regex frenchPattern = Pattern(French);

    public string Path(string lang) => lang == Model.Languages.French ? French : English;

    /// <summary>The path with its parameter filled in ("/fr/essais-cliniques/NCT01234567").</summary>
    public string Path(string lang, string value) => ParameterPattern().Replace(Path(lang), Uri.EscapeDataString(value), 1);

    /// <summary>Is this path this route, in either language?</summary>
    public bool Matches(string path) => englishPattern.IsMatch(path) || frenchPattern.IsMatch(path);

    /// <summary>The language of a path of this route, or null when it is not one.</summary>
    public string? LanguageOf(string path) =>
        englishPattern.IsMatch(path) ? Model.Languages.English : frenchPattern.IsMatch(path) ? Model.Languages.French : null;

    private static Regex Pattern(string template) =>
        new("^" + ParameterPattern().Replace(Regex.Escape(template).Replace("\\{", "{", StringComparison.Ordinal), "[^/]+") + "$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex ParameterPattern();
}

/// <summary>
/// The one bilingual route table: every page the application itself serves, with its English
/// and French paths. Razor's route conventions, links, the link checker, the static exporter and
/// the tests all read it, so each French segment is written once. Content pages take their paths
/// from their files; pages an editor plans but has not written yet are <c>planned_pages</c> in
/// <c>site.yaml</c>.
/// </summary>
public static class SiteRoutes
{
    public static readonly SiteRoute Home = new("home", "/Home/LanguageChoice", "/", "/", NeedsServer: false);
    public static readonly SiteRoute CancerTypes = new("cancer-types", "/CancerTypes/CancerTypeIndex", "/en/cancer-types", "/fr/types-de-cancer", NeedsServer: false) { TitleKey = "cancer_types_title" };
    public static readonly SiteRoute Search = new("search", "/Search/Search", "/en/search", "/fr/recherche", NeedsServer: true, Listed: false) { TitleKey = "search_title" };
    public static readonly SiteRoute Glossary = new("glossary", "/Glossary/Glossary", "/en/glossary", "/fr/glossaire", NeedsServer: false) { TitleKey = "glossary_title" };
    public static readonly SiteRoute Drugs = new("drugs", "/Drugs/DrugIndex", "/en/drugs", "/fr/medicaments", NeedsServer: false) { TitleKey = "drugs_title" };
    public static readonly SiteRoute DrugPdf = new("drug-pdf", null, "/en/drugs/{slug}/pdf", "/fr/medicaments/{slug}/pdf", NeedsServer: true);
    public static readonly SiteRoute DrugMonographPdf = new("drug-monograph-pdf", null, "/en/drugs/{slug}/{page}/pdf", "/fr/medicaments/{slug}/{page}/pdf", NeedsServer: true);
    public static readonly SiteRoute Symptoms = new("symptoms", "/Symptoms/SymptomIndex", "/en/symptoms", "/fr/symptomes", NeedsServer: false) { TitleKey = "symptoms_title" };
    public static readonly SiteRoute SelfCheck = new("self-check", "/SelfCheck/SelfCheck", "/en/self-check", "/fr/auto-evaluation", NeedsServer: true) { TitleKey = "self_check_title" };
    public static readonly SiteRoute MySymptoms = new("my-symptoms", "/SymptomRecord/MySymptoms", "/en/my-symptoms", "/fr/mes-symptomes", NeedsServer: true) { TitleKey = "my_symptoms_title" };
    public static readonly SiteRoute TrialFinder = new("clinical-trials", "/Trials/TrialFinder", "/en/clinical-trials", "/fr/essais-cliniques", NeedsServer: true) { TitleKey = "trials_title" };
    public static readonly SiteRoute Trial = new("clinical-trial", "/Trials/TrialPage", "/en/clinical-trials/{nctId}", "/fr/essais-cliniques/{nctId}", NeedsServer: true);
    public static readonly SiteRoute Feedback = new("feedback", "/Feedback/FeedbackThanks", "/en/feedback", "/fr/retroaction", NeedsServer: true, Listed: false);

    public static readonly IReadOnlyList<SiteRoute> All =
        [Home, CancerTypes, Search, Glossary, Drugs, DrugPdf, DrugMonographPdf, Symptoms, SelfCheck, MySymptoms, TrialFinder, Trial, Feedback];

    /// <summary>Pages (not endpoints) the application serves: what links may point at.</summary>
    public static IEnumerable<SiteRoute> Pages => All.Where(r => r.Page is not null);

    /// <summary>Pages of the table that belong in the sitemap: listed, and without a parameter.</summary>
    public static IEnumerable<SiteRoute> SitemapPages => Pages.Where(r => r.Listed && !r.English.Contains('{', StringComparison.Ordinal));

    public static bool IsApplicationPage(string path) => Pages.Any(r => r.Matches(path));

    /// <summary>The route a path belongs to, if the application serves it.</summary>
    public static SiteRoute? Find(string path) => All.FirstOrDefault(r => r.Matches(path));

    public static string SearchPath(string lang) => Search.Path(lang);

    public static string SymptomsPath(string lang) => Symptoms.Path(lang);

    public static string SelfCheckPath(string lang) => SelfCheck.Path(lang);

    public static string MySymptomsPath(string lang) => MySymptoms.Path(lang);

    public static string DrugsPath(string lang) => Drugs.Path(lang);

    public static string GlossaryPath(string lang) => Glossary.Path(lang);

    /// <summary>The last segment of a hub's single-page "View all" version.</summary>
    public static string ViewAllSegment(string lang) => lang == Model.Languages.French ? "tout" : "all";
}
