using Wayfinder.Content.Model;

namespace Wayfinder.Content.Schemas;

/// <summary>The schema of every content type (DESIGN section 3). Examples: <c>schemas/&lt;type&gt;/</c>.</summary>
public static class ContentSchemas
{
    private static readonly FieldRule[] Common =
    [
        new("id", FieldKind.Slug, Required: true),
        new("type", FieldKind.Choice, Required: true, TypeNames),
        new("title", FieldKind.Text, Required: true),
        new("summary", FieldKind.Text, Required: true),
        new("audience", FieldKind.Choice, Required: true, ["patient", "provider", "all"]),
        new("lang", FieldKind.Choice, Required: true, Languages.All),
        new("translation_of", FieldKind.Slug, Required: false),
        new("reviewed", FieldKind.Date, Required: true),
        new("next_review", FieldKind.Date, Required: true),
        // A page's review state comes from the review ledger (reviews.yaml), bound to its text.
        new("review_status", FieldKind.Retired, Required: false, Retired: "a page is clinically reviewed when the review ledger (reviews.yaml) has a sign-off for its current text"),
        new("sources", FieldKind.Sources, Required: true),
        new("changes", FieldKind.Changes, Required: false),
    ];

    public static IReadOnlyList<string> TypeNames =>
        ["cancer-type", "topic", "drug", "drug-monograph", "symptom-guide", "side-effect", "page", "organisation", "glossary-term"];

    public static readonly IReadOnlyDictionary<string, ContentSchema> ByTypeName = new Dictionary<string, ContentSchema>
    {
        ["cancer-type"] = new("cancer-type", hasPage: true,
        [
            .. Common,
            new("also_known_as", FieldKind.TextList, Required: false),
            new("audience_groups", FieldKind.AudienceGroups, Required: false),
            new("trial_terms", FieldKind.TextList, Required: false),
            new("trial_codes", FieldKind.TextList, Required: false),
            new("trial_query", FieldKind.Text, Required: false),
            new("organisations", FieldKind.SlugList, Required: false),
            new("topics", FieldKind.SlugList, Required: false),
        ]),
        ["organisation"] = new("organisation", hasPage: false,
        [
            .. Common,
            new("url", FieldKind.HttpsUrl, Required: true),
            new("phone", FieldKind.Text, Required: false),
        ]),
        ["page"] = new("page", hasPage: true, Common),
        ["topic"] = new("topic", hasPage: true, Common),
        ["drug"] = new("drug", hasPage: true,
        [
            .. Common,
            new("generic_name", FieldKind.Text, Required: true),
            new("pronunciation", FieldKind.Text, Required: true),
            new("brand_names", FieldKind.TextList, Required: false),
            new("drug_class", FieldKind.Text, Required: true),
            new("cancer_types", FieldKind.SlugList, Required: false),
            new("dpd_ingredient", FieldKind.Text, Required: false),
            new("side_effects", FieldKind.SideEffects, Required: true),
        ]),
        // A page under its drug sheet's folder; the loader checks it belongs to a sheet.
        ["drug-monograph"] = new("drug-monograph", hasPage: true, Common),
        ["symptom-guide"] = new("symptom-guide", hasPage: true,
        [
            .. Common,
            // One of the self-check's symptoms: checked against the questionnaire by the loader.
            new("symptom", FieldKind.Slug, Required: false),
            new("resources", FieldKind.Resources, Required: false),
        ]),
        ["side-effect"] = new("side-effect", hasPage: true,
        [
            .. Common,
            new("resources", FieldKind.Resources, Required: false),
        ]),
        ["glossary-term"] = new("glossary-term", hasPage: false,
        [
            .. Common,
            new("aliases", FieldKind.TextList, Required: false),
            new("expansion", FieldKind.Text, Required: false),
        ]),
    };

    public static readonly IReadOnlyList<string> PatientGuideSections =
        ["what-it-is", "causes", "what-you-can-do", "mild", "moderate", "severe", "what-to-avoid", "when-to-call"];

    public static readonly IReadOnlyList<string> ProviderGuideSections =
        ["screening", "red-flags", "management-mild", "management-moderate", "management-severe", "follow-up"];

    public static readonly IReadOnlyList<string> SideEffectSections =
        ["what-it-is", "which-medicines", "what-you-can-do", "what-to-avoid", "when-to-call"];

    /// <summary>Sections an item of this type must have, in order, so every page of a kind reads the
    /// same way; French pages name them in French (<see cref="SectionId"/>).</summary>
    public static IReadOnlyList<string> RequiredSections(Model.ContentItem item)
    {
        IReadOnlyList<string> sections = item switch
        {
            Model.Drug => DrugSections,
            Model.DrugMonograph => DrugMonographSections,
            { Type: ContentType.SymptomGuide, Audience: Audience.Provider } => ProviderGuideSections,
            { Type: ContentType.SymptomGuide } => PatientGuideSections,
            { Type: ContentType.SideEffect } => SideEffectSections,
            _ => [],
        };
        return sections.Select(s => SectionId(s, item.Lang)).ToList();
    }

    /// <summary>The anchor of a required section in a language: "mild" is "#leger" on a French page,
    /// so French addresses read in French.</summary>
    public static string SectionId(string section, string lang) =>
        lang == Languages.French ? FrenchSectionIds.GetValueOrDefault(section, section) : section;

    private static readonly IReadOnlyDictionary<string, string> FrenchSectionIds = new Dictionary<string, string>
    {
        ["what-it-is"] = "de-quoi-s-agit-il",
        ["causes"] = "causes",
        ["what-you-can-do"] = "ce-que-vous-pouvez-faire",
        ["mild"] = "leger",
        ["moderate"] = "modere",
        ["severe"] = "grave",
        ["what-to-avoid"] = "a-eviter",
        ["when-to-call"] = "quand-appeler",
        ["which-medicines"] = "medicaments-en-cause",
        ["screening"] = "depistage",
        ["red-flags"] = "signaux-d-alarme",
        ["management-mild"] = "prise-en-charge-leger",
        ["management-moderate"] = "prise-en-charge-modere",
        ["management-severe"] = "prise-en-charge-grave",
        ["follow-up"] = "suivi",
        ["used-for"] = "utilisation",
        ["how-given"] = "administration",
        ["before-you-start"] = "avant-de-commencer",
        ["pregnancy"] = "grossesse",
        ["side-effects"] = "effets-secondaires",
        ["interactions"] = "interactions",
        ["storage"] = "conservation",
        ["mechanism"] = "mecanisme-d-action",
        ["indications"] = "indications",
        ["dosing"] = "posologie",
        ["monitoring"] = "surveillance",
    };

    public static readonly IReadOnlyList<string> DrugSections =
    [
        "used-for", "how-given", "before-you-start", "pregnancy", "side-effects", "interactions", "storage", "when-to-call",
    ];

    /// <summary>Sections every provider monograph has, in this order; its references are its sources.</summary>
    public static readonly IReadOnlyList<string> DrugMonographSections =
    [
        "mechanism", "indications", "dosing", "side-effects", "interactions", "monitoring",
    ];

    public static ContentType ParseType(string name) => name switch
    {
        "cancer-type" => ContentType.CancerType,
        "topic" => ContentType.Topic,
        "drug" => ContentType.Drug,
        "drug-monograph" => ContentType.DrugMonograph,
        "symptom-guide" => ContentType.SymptomGuide,
        "side-effect" => ContentType.SideEffect,
        "organisation" => ContentType.Organisation,
        "glossary-term" => ContentType.GlossaryTerm,
        _ => ContentType.Page,
    };
}
