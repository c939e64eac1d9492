using Wayfinder.Content.Synonyms;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Wayfinder.Search.Analysis;
using Wayfinder.Search.Querying;
using Wayfinder.Search.Results;

namespace Wayfinder.Search;

/// <summary>
/// The documents of one language, indexed with that language's analysis. Built once and never
/// changed, so searches need no locks: Lucene's searcher and analyzers are safe to share.
/// </summary>
internal sealed class LanguageIndex : IDisposable
{
    private readonly SearchDocument[] documents;
    private readonly int[] ordinalOfDoc;
    private readonly int[] docOfOrdinal;

    /// <summary>For a provider page, the patient (or everyone) page it is a version of: the
    /// page at its parent address (/en/symptoms/pain/provider → /en/symptoms/pain); else -1.</summary>
    private readonly int[] versionOf;

    private readonly LanguageAnalysis analysis;
    private readonly RAMDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly QueryComposer queryComposer;
    private readonly SpellingCorrector corrector;
    private readonly Corrections corrections;
    private readonly Suggester suggester;

    private LanguageIndex(string lang, SearchDocument[] documents, SynonymMap synonyms)
    {
        this.documents = documents;
        analysis = LanguageAnalysis.For(lang, synonyms, DrugNameGroups(documents));
        directory = new RAMDirectory();
        Write(directory, documents, analysis);
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        ordinalOfDoc = Ordinals(reader);
        docOfOrdinal = new int[documents.Length];
        for (var doc = 0; doc < ordinalOfDoc.Length; doc++)
        {
            docOfOrdinal[ordinalOfDoc[doc]] = doc;
        }
        versionOf = Versions(documents);
        var vocabulary = new TermVocabulary(reader);
        corrections = new Corrections(analysis, vocabulary);
        queryComposer = new QueryComposer(analysis, corrections);
        corrector = new SpellingCorrector(analysis, vocabulary, corrections);
        suggester = new Suggester(documents);
    }

    public string Lang => analysis.Lang;

    /// <summary>Words looked up for corrections since the index was built (see <see cref="Corrections.Lookups"/>).</summary>
    internal long CorrectionLookups => corrections.Lookups;

    public int DocumentCount => documents.Length;

    public static LanguageIndex Build(string lang, IEnumerable<SearchDocument> documents, SynonymMap synonyms) =>
        new(lang, documents.ToArray(), synonyms);

    public SearchResult Search(SearchQuery query, string text, int page, int pageSize)
    {
        var units = QueryUnits.From(text, analysis);
        if (units.Count == 0)
        {
            return SearchResult.Empty(page, pageSize);
        }

        var terms = new HashSet<string>(StringComparer.Ordinal);
        var collector = new MatchCollector();
        searcher.Search(queryComposer.Build(units, TextFolding.Key(text), terms), collector);
        var ranked = Rank(collector.Matches, query);
        var results = ranked.Matches
            .Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * pageSize))
            .Take(pageSize)
            .Select(m => Item(m.Ordinal, m.Score, terms))
            .ToList();
        return new SearchResult(ranked.Matches.Count, results, corrector.Correct(text), ranked.Types, ranked.Audiences, page, pageSize);
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max) => suggester.Suggest(prefix, max);

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private SearchResultItem Item(int ordinal, float score, HashSet<string> terms)
    {
        var document = documents[ordinal];
        return new(document.Url, document.Title, document.Type, document.Audience,
            Snippets.Build(reader, docOfOrdinal[ordinal], document, terms), score);
    }

    /// <summary>Weighs each match by type and audience, keeps provider pages next to their
    /// patient versions, applies the filters and counts the facets (each facet ignoring its own
    /// filter, so it tells how many results choosing that value gives).</summary>
    private (List<(int Ordinal, float Score)> Matches, IReadOnlyList<Facet> Types, IReadOnlyList<Facet> Audiences) Rank(List<(int Doc, float Score)> hits, SearchQuery query)
    {
        var scores = new Dictionary<int, float>(hits.Count);
        foreach (var (doc, score) in hits)
        {
            var ordinal = ordinalOfDoc[doc];
            var document = documents[ordinal];
            scores[ordinal] = score * Ranking.TypeWeight(document.Type) * Ranking.AudienceWeight(document.Audience, query.Audience);
        }

        var preferProvider = query.Audience == Audiences.Provider;
        foreach (var (ordinal, score) in scores.ToList())
        {
            if (versionOf[ordinal] is var patient && patient >= 0 && scores.TryGetValue(patient, out var patientScore))
            {
                if (preferProvider)
                {
                    scores[patient] = Math.Min(scores[patient], score * Ranking.BelowItsVersion);
                }
                else
                {
                    scores[ordinal] = Math.Min(score, patientScore * Ranking.BelowItsVersion);
                }
            }
        }

        var types = new Dictionary<string, int>(StringComparer.Ordinal);
        var audiences = Ranking.AudienceFacetOrder.ToDictionary(a => a, _ => 0, StringComparer.Ordinal);
        var matches = new List<(int Ordinal, float Score)>();
        foreach (var (ordinal, score) in scores)
        {
            var document = documents[ordinal];
            var typeOk = Ranking.TypeMatches(document.Type, query.Type);
            var audienceOk = Ranking.AudienceMatches(document.Audience, query.Audience);
            if (audienceOk)
            {
                types[document.Type] = types.GetValueOrDefault(document.Type) + 1;
            }

            if (typeOk)
            {
                foreach (var audience in Ranking.AudienceFacetOrder.Where(a => Ranking.AudienceMatches(document.Audience, a)))
                {
                    audiences[audience]++;
                }
            }

            if (typeOk && audienceOk)
            {
                matches.Add((ordinal, score));
            }
        }

        matches.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Ordinal.CompareTo(b.Ordinal));
        return (matches,
            types.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => new Facet(t.Key, t.Value)).ToList(),
            audiences.Where(a => a.Value > 0).Select(a => new Facet(a.Key, a.Value)).ToList());
    }

    private static void Write(RAMDirectory directory, SearchDocument[] documents, LanguageAnalysis analysis)
    {
        var analyzer = new PerFieldAnalyzerWrapper(analysis.Analyzer, new Dictionary<string, Lucene.Net.Analysis.Analyzer>
        {
            [IndexFields.Spell] = analysis.SpellAnalyzer,
        });

        // One large buffer: the whole index is flushed once, as a single segment, and never merged
        // or packed into a compound file (in memory that would only copy bytes).
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 512,
            UseCompoundFile = false,
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using var writer = new IndexWriter(directory, config);
        for (var ordinal = 0; ordinal < documents.Length; ordinal++)
        {
            writer.AddDocument(ToLucene(documents[ordinal], ordinal));
        }

        writer.Commit();
    }

    /// <summary>Body and summary keep each term's offsets (term vectors), for snippets.</summary>
    private static readonly FieldType WithOffsets = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true, StoreTermVectorOffsets = true });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static Document ToLucene(SearchDocument document, int ordinal)
    {
        var lucene = new Document
        {
            new NumericDocValuesField(IndexFields.Ordinal, ordinal),
            new TextField(IndexFields.Title, document.Title, Field.Store.NO),
            new Field(IndexFields.Summary, document.Summary, WithOffsets),
            new Field(IndexFields.Body, document.Body, WithOffsets),
        };

        // A glossary entry is a one-line definition: when a word is both a page title and a
        // glossary term, the page explains more, so only pages get the whole-name boost.
        var keyed = document.Type != DocumentTypes.GlossaryTerm;
        if (keyed)
        {
            lucene.Add(new StringField(IndexFields.TitleKey, TextFolding.Key(document.Title), Field.Store.NO));
        }

        foreach (var name in document.Names)
        {
            lucene.Add(new TextField(IndexFields.Names, name, Field.Store.NO));
            if (keyed)
            {
                lucene.Add(new StringField(IndexFields.NameKey, TextFolding.Key(name), Field.Store.NO));
            }
        }

        foreach (var text in document.Names.Append(document.Title).Append(document.Summary).Append(document.Body))
        {
            lucene.Add(new TextField(IndexFields.Spell, text, Field.Store.NO));
        }

        return lucene;
    }

    private static int[] Ordinals(DirectoryReader reader)
    {
        var ordinals = new int[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(IndexFields.Ordinal);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                ordinals[leaf.DocBase + doc] = (int)values.Get(doc);
            }
        }

        return ordinals;
    }

    private static int[] Versions(SearchDocument[] documents)
    {
        var byUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Length; i++)
        {
            byUrl.TryAdd(documents[i].Url, i);
        }

        return documents.Select(d =>
            d.Audience == Audiences.Provider
            && d.Url.LastIndexOf('/') is > 0 and var cut
            && byUrl.TryGetValue(d.Url[..cut], out var parent)
            && documents[parent].Audience != Audiences.Provider
                ? parent
                : -1).ToArray();
    }

    /// <summary>A drug's generic and brand names are one synonym group, derived from the drug
    /// sheets themselves, so "Sandostatin" finds every page about octreotide.</summary>
    private static IEnumerable<IReadOnlyList<string>> DrugNameGroups(SearchDocument[] documents) =>
        documents.Where(d => d.Type == DocumentTypes.Drug && d.Names.Count > 1).Select(d => d.Names);

    /// <summary>Collects every match with its score: ranking, facets and totals need them all.</summary>
    private sealed class MatchCollector : ICollector
    {
        private Scorer? scorer;
        private int docBase;

        public List<(int Doc, float Score)> Matches { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => Matches.Add((docBase + doc, scorer!.GetScore()));
    }
}
