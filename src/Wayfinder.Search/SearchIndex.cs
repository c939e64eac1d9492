using Wayfinder.Content.Synonyms;

namespace Wayfinder.Search;

/// <summary>
/// Search over content pages, glossary entries and trials, in English and French. Built once in
/// memory from the documents and immutable afterwards: safe for any number of concurrent
/// searches. How it works is described in docs/search.md.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const int MaxPageSize = 50;

    private readonly IReadOnlyDictionary<string, LanguageIndex> byLang;

    /// <summary>Words looked up for corrections in a language, for tests of the per-query bound.</summary>
    internal long CorrectionLookups(string lang) => byLang[lang].CorrectionLookups;

    private SearchIndex(IReadOnlyDictionary<string, LanguageIndex> byLang)
    {
        this.byLang = byLang;
    }

    public int DocumentCount => byLang.Values.Sum(i => i.DocumentCount);

    /// <summary>Documents in a language other than English or French are not indexed.</summary>
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, SynonymMap synonyms)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(synonyms);
        var languages = documents.Where(d => d.Lang is "en" or "fr").GroupBy(d => d.Lang).ToList();

        // The languages are independent indexes: build them side by side (start-up time).
        var built = new LanguageIndex[languages.Count];
        Parallel.For(0, languages.Count, i => built[i] = LanguageIndex.Build(languages[i].Key, languages[i], synonyms));
        return new SearchIndex(built.ToDictionary(i => i.Lang, StringComparer.Ordinal));
    }

    /// <summary>Never throws on what a user typed: the text is cleaned and cut to
    /// <see cref="SearchQueryRules.MaxLength"/>, and is only ever analyzed, never parsed.</summary>
    public SearchResult Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var text = Clean(query.Text);
        if (text.Length == 0 || query.Lang is null || !byLang.TryGetValue(query.Lang, out var index))
        {
            return SearchResult.Empty(page, pageSize);
        }

        return index.Search(query, text, page, pageSize);
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, string lang, int max = 8) =>
        lang is not null && byLang.TryGetValue(lang, out var index) ? index.Suggest(Clean(prefix), Math.Min(max, MaxPageSize)) : [];

    public void Dispose()
    {
        foreach (var index in byLang.Values)
        {
            index.Dispose();
        }
    }

    /// <summary>Control characters, replacement characters and broken surrogates become spaces,
    /// and so do colons: the tokenizer keeps "title:octreotide" as one word (a colon joins
    /// letters in Swedish), and someone who types field syntax means the words.</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var cut = text.Length > SearchQueryRules.MaxLength ? text[..SearchQueryRules.MaxLength] : text;
        var chars = cut.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var pairStart = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            if (pairStart)
            {
                i++;
            }
            else if (char.IsControl(chars[i]) || char.IsSurrogate(chars[i]) || chars[i] is '\uFFFD' or ':')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars).Trim();
    }
}
