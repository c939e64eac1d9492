using Wayfinder.Search.Analysis;

namespace Wayfinder.Search.Results;

/// <summary>
/// Type-ahead for the search box: page titles and drug names (generic and brand) starting with
/// what has been typed, ignoring case and accents. Whole-name matches come before matches of a
/// later word ("ly" → "Lymph node" before "Hodgkin lymphoma"), then pages for patients before
/// pages for providers, then shorter names. Trials are left to the trials finder.
/// </summary>
internal sealed class Suggester
{
    private readonly List<Entry> entries;

    public Suggester(IEnumerable<SearchDocument> documents)
    {
        entries = documents
            .Where(d => d.Type != DocumentTypes.Trial)
            .SelectMany(d => NamesOf(d).Select(name => new Entry(TextFolding.Key(name), name, d)))
            .Where(e => e.Key.Length > 0)
            .DistinctBy(e => (e.Key, e.Document.Url))
            .ToList();
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max)
    {
        var key = TextFolding.Key(prefix ?? "");
        if (key.Length == 0 || max <= 0)
        {
            return [];
        }

        var wordKey = " " + key;
        return entries
            .Select(e => (Entry: e, Whole: e.Key.StartsWith(key, StringComparison.Ordinal)))
            .Where(m => m.Whole || m.Entry.Key.Contains(wordKey, StringComparison.Ordinal))
            .OrderByDescending(m => m.Whole)
            .ThenBy(m => m.Entry.Document.Audience == Audiences.Provider)
            .ThenBy(m => m.Entry.Document.Type == DocumentTypes.GlossaryTerm)
            .ThenBy(m => m.Entry.Text.Length)
            .ThenBy(m => m.Entry.Key, StringComparer.Ordinal)
            .Take(max)
            .Select(m => new Suggestion(m.Entry.Text, m.Entry.Document.Url, m.Entry.Document.Type))
            .ToList();
    }

    private static IEnumerable<string> NamesOf(SearchDocument document) =>
        document.Type == DocumentTypes.Drug ? document.Names.Prepend(document.Title) : [document.Title];

    private sealed record Entry(string Key, string Text, SearchDocument Document);
}
