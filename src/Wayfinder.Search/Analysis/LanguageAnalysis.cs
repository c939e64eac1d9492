using SynonymMap = Wayfinder.Content.Synonyms.SynonymMap;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using LuceneSynonyms = Lucene.Net.Analysis.Synonym.SynonymMap;

namespace Wayfinder.Search.Analysis;

/// <summary>
/// How one language's text becomes index terms. The chain, applied alike to pages and queries:
/// standard tokenizer → (en) possessive 's removed → lower case → (fr) elision (l', d', qu'...)
/// → accents folded → stop words removed → stemmed (en Porter, fr light) → spelling variants
/// replaced by one form → synonym concepts added.
/// <para>
/// A synonym group becomes one extra "concept" term (starting with <see cref="ConceptPrefix"/>)
/// stacked on every phrase of the group, in the page and in the query alike. A query for
/// "breathless" therefore finds a page that says "shortness of breath" through the shared concept
/// term, while the page's own words still score the exact wording higher.
/// </para>
/// </summary>
internal sealed class LanguageAnalysis
{
    public const string ConceptPrefix = "~";

    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly CharArraySet stopWords;
    private readonly LuceneSynonyms? variants;
    private readonly LuceneSynonyms? concepts;

    private LanguageAnalysis(string lang, SynonymMap synonyms, IEnumerable<IReadOnlyList<string>> extraGroups)
    {
        Lang = lang;
        stopWords = FoldedStopWords(lang);
        var plain = Analyzer.NewAnonymous((_, reader) => Components(reader, withVariants: false, withConcepts: false));
        variants = VariantRules(plain, synonyms.Variants);
        var withVariants = Analyzer.NewAnonymous((_, reader) => Components(reader, withVariants: true, withConcepts: false));
        concepts = ConceptRules(withVariants, synonyms.Groups(lang).Concat(extraGroups));
        Analyzer = Analyzer.NewAnonymous((_, reader) => Components(reader, withVariants: true, withConcepts: true));
        SpellAnalyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream sink = new LowerCaseFilter(Version, source);
            if (lang == "fr")
            {
                sink = new ElisionFilter(sink, FrenchAnalyzer.DEFAULT_ARTICLES);
            }

            return new TokenStreamComponents(source, sink);
        });
    }

    public string Lang { get; }

    /// <summary>The full chain, for every searchable field and for queries.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>Words as written, lower-cased: the vocabulary "Did you mean" picks from.</summary>
    public Analyzer SpellAnalyzer { get; }

    /// <param name="extraGroups">Groups derived from the documents (a drug's generic and brand names).</param>
    public static LanguageAnalysis For(string lang, SynonymMap synonyms, IEnumerable<IReadOnlyList<string>> extraGroups) =>
        new(lang, synonyms, extraGroups);

    public static bool IsConcept(string term) => term.StartsWith(ConceptPrefix, StringComparison.Ordinal);

    public List<AnalyzedToken> Tokens(string text, Analyzer? analyzer = null)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = (analyzer ?? Analyzer).GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    private TokenStreamComponents Components(TextReader reader, bool withVariants, bool withConcepts)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream sink = source;
        if (Lang == "en")
        {
            sink = new EnglishPossessiveFilter(Version, sink);
        }

        sink = new LowerCaseFilter(Version, sink);
        if (Lang == "fr")
        {
            sink = new ElisionFilter(sink, FrenchAnalyzer.DEFAULT_ARTICLES);
        }

        sink = new ASCIIFoldingFilter(sink);
        sink = new StopFilter(Version, sink, stopWords);
        sink = Lang == "fr" ? new FrenchLightStemFilter(sink) : new PorterStemFilter(sink);
        if (withVariants && variants is not null)
        {
            sink = new SynonymFilter(sink, variants, ignoreCase: false);
        }

        if (withConcepts && concepts is not null)
        {
            sink = new SynonymFilter(sink, concepts, ignoreCase: false);
        }

        return new TokenStreamComponents(source, sink);
    }

    /// <summary>Every form of a variant group is replaced by the first form's term.</summary>
    private LuceneSynonyms? VariantRules(Analyzer plain, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var builder = new LuceneSynonyms.Builder(dedup: true);
        var any = false;
        foreach (var group in groups)
        {
            var canonical = Terms(plain, group[0]);
            if (canonical.Count != 1)
            {
                continue;
            }

            foreach (var form in group.Skip(1).Select(f => Terms(plain, f)).Where(f => f.Count > 0 && !f.SequenceEqual(canonical)))
            {
                builder.Add(Join(form), new CharsRef(canonical[0]), includeOrig: false);
                any = true;
            }
        }

        return any ? builder.Build() : null;
    }

    /// <summary>Every phrase of a synonym group also produces the group's concept term.</summary>
    private LuceneSynonyms? ConceptRules(Analyzer withVariants, IEnumerable<IReadOnlyList<string>> groups)
    {
        var builder = new LuceneSynonyms.Builder(dedup: true);
        var any = false;
        foreach (var group in groups)
        {
            var phrases = group.Select(p => Terms(withVariants, p)).Where(p => p.Count > 0).ToList();
            if (phrases.Count == 0)
            {
                continue;
            }

            var concept = ConceptPrefix + string.Join('_', phrases[0]);
            foreach (var phrase in phrases)
            {
                builder.Add(Join(phrase), new CharsRef(concept), includeOrig: true);
                any = true;
            }
        }

        return any ? builder.Build() : null;
    }

    /// <summary>Stop words are removed before a phrase is turned into a rule, so "shortness of
    /// breath" in a rule and in a page both become [short, breath] and still match.</summary>
    private static CharsRef Join(List<string> terms) => LuceneSynonyms.Builder.Join(terms.ToArray(), new CharsRef());

    private List<string> Terms(Analyzer analyzer, string text) => Tokens(text, analyzer).Select(t => t.Term).ToList();

    private static CharArraySet FoldedStopWords(string lang)
    {
        var source = lang == "fr" ? FrenchAnalyzer.DefaultStopSet : EnglishAnalyzer.DefaultStopSet;
        var folded = new CharArraySet(Version, source.Count, ignoreCase: false);
        foreach (var word in source)
        {
            folded.Add(TextFolding.RemoveAccents(word.ToString()!));
        }

        return folded;
    }
}

internal sealed record AnalyzedToken(string Term, int Start, int End)
{
    public bool IsConcept => LanguageAnalysis.IsConcept(Term);
}
