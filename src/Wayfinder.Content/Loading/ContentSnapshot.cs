using System.Collections.Frozen;
using Wayfinder.Content.Checking;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;

namespace Wayfinder.Content.Loading;

/// <summary>
/// Everything the site serves, read once from files and never changed afterwards. A new edit
/// produces a new snapshot; readers keep the one they started with (see <see cref="ContentStore"/>).
/// </summary>
public sealed class ContentSnapshot
{
    private readonly FrozenDictionary<string, ContentItem> byUrl;
    private readonly FrozenDictionary<(string Lang, string Id), ContentItem> byLangAndId;
    private Synonyms.SynonymMap? searchSynonyms;

    public ContentSnapshot(SiteConfig site, IReadOnlyList<ContentItem> items, IReadOnlyList<Diagnostic> diagnostics, long version)
    {
        Site = site;
        Items = items;
        Diagnostics = diagnostics;
        Version = version;
        byUrl = items.Where(i => i.Url is not null)
            .GroupBy(i => i.Url!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        byLangAndId = items.GroupBy(i => (i.Lang, i.Id))
            .ToFrozenDictionary(g => g.Key, g => g.First());
    }

    public SiteConfig Site { get; }

    /// <summary>Urgency levels and danger signs (<c>content/triage.yaml</c>).</summary>
    public Triage.TriageModel Triage { get; init; } = Wayfinder.Content.Triage.TriageModel.Empty;
    public IReadOnlyList<ContentItem> Items { get; }

    /// <summary>The questionnaires by id (<c>content/questionnaires/*.yaml</c>), bound to <see cref="Triage"/>.</summary>
    public IReadOnlyDictionary<string, Questionnaires.Questionnaire> Questionnaires { get; init; } = new Dictionary<string, Questionnaires.Questionnaire>();

    /// <summary>Search's synonym map (<c>content/search/synonyms.yaml</c>), without the cancer types' names.</summary>
    public Synonyms.SynonymMap Synonyms { get; init; } = Wayfinder.Content.Synonyms.SynonymMap.Empty;

    /// <summary>The synonym map search uses: the editors' groups, and each cancer type's names as one group.</summary>
    public Synonyms.SynonymMap SearchSynonyms => searchSynonyms ??= Languages.All.Aggregate(Synonyms, (map, lang) =>
        map.WithGroups(lang, CancerTypes(lang).Select(c => (IReadOnlyList<string>)c.AlsoKnownAs.Prepend(c.ShortTitle).Distinct(StringComparer.OrdinalIgnoreCase).ToList())));
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Increases with every snapshot swapped in; used in cache keys and ETags.</summary>
    public long Version { get; }

    public bool CanServe => !Diagnostics.Any(d => d.BlocksServing);

    /// <summary>The site settings in both languages and the triage model: without them no page can be shown.</summary>
    public bool HasEssentials => Languages.All.All(Site.Languages.ContainsKey) && Triage.Levels.Count > 0;

    public IEnumerable<ContentItem> Pages => Items.Where(i => i.Url is not null);

    public ContentItem? FindByUrl(string url) => byUrl.GetValueOrDefault(url);

    public ContentItem? Find(string lang, string id) => byLangAndId.GetValueOrDefault((lang, id));

    /// <summary>The same item in the other language, if it has been translated.</summary>
    public ContentItem? TranslationOf(ContentItem item) => Find(Languages.Other(item.Lang), item.Id);

    public IReadOnlyList<Organisation> Organisations(string lang, IEnumerable<string> ids) =>
        ids.Select(id => Find(lang, id)).OfType<Organisation>().ToList();

    /// <summary>Is this site path served, by a content file or by the application?</summary>
    public bool Exists(string path) => byUrl.ContainsKey(path) || SiteRoutes.IsApplicationPage(path) || ViewAllOf(path) is not null;

    /// <summary>The hub whose single-page "View all" version this path is, if any.</summary>
    public CancerType? ViewAllOf(string path)
    {
        var cut = path.LastIndexOf('/');
        return cut > 0 && FindByUrl(path[..cut]) is CancerType { TopicIds.Count: > 0 } hub && path[(cut + 1)..] == SiteRoutes.ViewAllSegment(hub.Lang)
            ? hub
            : null;
    }

    /// <summary>The hub a topic page belongs to (its parent address).</summary>
    public CancerType? HubOf(ContentItem item) =>
        item.Url is { } url && url.LastIndexOf('/') is > 0 and var cut ? FindByUrl(url[..cut]) as CancerType : null;

    public IReadOnlyList<ContentItem> Topics(CancerType hub) =>
        hub.TopicIds.Select(id => Find(hub.Lang, id)).OfType<ContentItem>().ToList();

    /// <summary>Every cancer type in a language, by title.</summary>
    public IReadOnlyList<CancerType> CancerTypes(string lang) =>
        Items.OfType<CancerType>().Where(c => c.Lang == lang && c.Url is not null).OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).ToList();

    public IReadOnlyList<Drug> Drugs(string lang) => Items.OfType<Drug>().Where(d => d.Lang == lang && d.Url is not null).ToList();

    /// <summary>A page's version for providers: the provider page in its folder
    /// (<c>/en/symptoms/pain/provider</c> for <c>/en/symptoms/pain</c>), if it has one.</summary>
    public ContentItem? ProviderVersionOf(ContentItem item) =>
        item.Audience == Audience.Provider || item.Url is null
            ? null
            : Items.FirstOrDefault(i => i.Audience == Audience.Provider && i.Lang == item.Lang && i.Type == item.Type && i.Url is { } url
                && url.LastIndexOf('/') is > 0 and var cut && url[..cut] == item.Url);

    /// <summary>The patient page a provider page is a version of: its parent, of the same type.</summary>
    public ContentItem? PatientVersionOf(ContentItem item) =>
        item.Audience == Audience.Provider && item.Url is { } url && url.LastIndexOf('/') is > 0 and var cut
            && FindByUrl(url[..cut]) is { } parent && parent.Type == item.Type ? parent : null;

    /// <summary>A drug sheet's monograph for providers, the page in the sheet's folder.</summary>
    public DrugMonograph? MonographOf(Drug sheet) =>
        Items.OfType<DrugMonograph>().FirstOrDefault(m => m.Url is not null && m.Lang == sheet.Lang && m.SheetUrl == sheet.Url);

    /// <summary>The patient sheet a monograph belongs to.</summary>
    public Drug? SheetOf(DrugMonograph monograph) => FindByUrl(monograph.SheetUrl) as Drug;

    /// <summary>The drug sheet a brand name's slug leads to ("sandostatin-lar" → octreotide).</summary>
    public Drug? DrugByBrandSlug(string lang, string slug) =>
        Drugs(lang).FirstOrDefault(d => d.BrandNames.Any(b => Drug.SlugOf(b) == slug));

    public IReadOnlyList<GlossaryTerm> Glossary(string lang) =>
        Items.OfType<GlossaryTerm>().Where(t => t.Lang == lang).ToList();
}
