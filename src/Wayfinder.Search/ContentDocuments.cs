using System.Text.RegularExpressions;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;

namespace Wayfinder.Search;

/// <summary>Turns the content snapshot into the documents search indexes.</summary>
public static partial class ContentDocuments
{
    /// <param name="extraBrands">Generic drug id → more brand names (for example Health Canada
    /// products imported from the Drug Product Database); added to that drug's names in both
    /// languages, so searching any of them finds the sheet.</param>
    public static IReadOnlyList<SearchDocument> From(ContentSnapshot snapshot, IReadOnlyDictionary<string, IReadOnlyList<string>>? extraBrands = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var documents = new List<SearchDocument>();
        foreach (var item in snapshot.Items)
        {
            if (UrlOf(item) is not { } url)
            {
                continue;
            }

            documents.Add(new SearchDocument(url, item.Lang, TypeName(item.Type), AudienceName(item.Audience),
                item.Title, item.Summary, WithoutMarkup(item.PlainText), NamesOf(item, extraBrands)));
        }

        // The tools are pages too: "clinical trials" leads to the trial finder. Their names are
        // the words people use for them, so the whole query as a name ranks them first.
        foreach (var (lang, language) in snapshot.Site.Languages)
        {
            foreach (var tool in language.Tools)
            {
                if (SiteRoutes.Pages.FirstOrDefault(r => r.Id == tool.Route) is { } route)
                {
                    documents.Add(new SearchDocument(route.Path(lang), lang, DocumentTypes.Tool, Audiences.All,
                        tool.Title, tool.Summary, string.Join(". ", tool.Keywords), tool.Keywords.Prepend(tool.Title).ToList()));
                }
            }
        }

        return documents;
    }

    /// <summary>Glossary terms have no page of their own, but each has an anchor on the glossary
    /// page, and a definition is often exactly what a patient searching a word wants.</summary>
    private static string? UrlOf(ContentItem item) => item switch
    {
        GlossaryTerm term => SiteRoutes.GlossaryPath(term.Lang) + "#" + term.Anchor,
        _ => item.Url,
    };

    /// <summary>The plain text of callout cards still carries their HTML wrappers
    /// (<c>&lt;div class="wf-card__content"&gt;</c>); tags are not words a reader searches for.</summary>
    private static string WithoutMarkup(string text) => Tag().Replace(text, " ");

    [GeneratedRegex("</?[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    private static IReadOnlyList<string> NamesOf(ContentItem item, IReadOnlyDictionary<string, IReadOnlyList<string>>? extraBrands)
    {
        IEnumerable<string> names = item switch
        {
            Drug drug => [drug.GenericName, .. drug.BrandNames, .. extraBrands?.GetValueOrDefault(drug.Id) ?? []],
            CancerType cancer => cancer.AlsoKnownAs,
            GlossaryTerm term => term.Expansion is null ? term.Aliases : [.. term.Aliases, term.Expansion],
            _ => [],
        };
        return names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string TypeName(ContentType type) => type switch
    {
        ContentType.CancerType => DocumentTypes.CancerType,
        ContentType.Topic => DocumentTypes.Topic,
        ContentType.Drug or ContentType.DrugMonograph => DocumentTypes.Drug,
        ContentType.SymptomGuide => DocumentTypes.SymptomGuide,
        ContentType.SideEffect => DocumentTypes.SideEffect,
        ContentType.GlossaryTerm => DocumentTypes.GlossaryTerm,
        _ => DocumentTypes.Page,
    };

    private static string AudienceName(Audience audience) => audience switch
    {
        Audience.Patient => Audiences.Patient,
        Audience.Provider => Audiences.Provider,
        _ => Audiences.All,
    };
}
