using Lucene.Net.Index;
using Lucene.Net.Search;
using Wayfinder.Search.Analysis;

namespace Wayfinder.Search.Querying;

/// <summary>
/// Builds the Lucene query from analyzed query units. User text is never parsed as query
/// syntax: every clause is a term the analyzer produced, so quotes, colons, brackets and
/// operators are just characters the tokenizer drops.
/// </summary>
internal sealed class QueryComposer(LanguageAnalysis analysis, Corrections corrections)
{
    /// <summary>A corrected word counts for less than the word as typed, so an exact match always wins.</summary>
    private const float FuzzyWeight = 0.5f;

    /// <summary>How many corrections of one misspelt word are tried.</summary>
    private const int MaxCorrections = 3;

    /// <summary>A synonym counts for a bit less than the words the searcher typed.</summary>
    private const float ConceptWeight = 0.5f;

    /// <summary>A title that contains everything asked for ("palliative care" →
    /// "Palliative care at home") is very likely the page wanted.</summary>
    private const float WholeQueryInTitleBoost = 3f;

    private static readonly IReadOnlyList<(string Field, float Boost)> TitleOnly = [(IndexFields.Title, 1f)];

    /// <param name="key">The whole query as a name key, for the exact-name boost.</param>
    /// <param name="matchedTerms">Receives every term the query can match, for highlighting.</param>
    public Query Build(IReadOnlyList<QueryUnit> units, string key, ISet<string> matchedTerms)
    {
        var lookups = EditDistance.MaxCorrectedWordsPerQuery;
        var choices = new List<UnitChoices>(units.Count);
        foreach (var unit in units)
        {
            choices.Add(Choices(unit, matchedTerms, ref lookups));
        }

        // Numbers only add to a page's score: the words decide which pages match.
        var words = units.Count(u => !u.IsNumber);
        var all = new BooleanQuery { MinimumNumberShouldMatch = words == 0 ? units.Count : QueryUnits.MinimumToMatch(words) };
        var inTitle = new BooleanQuery { Boost = WholeQueryInTitleBoost };
        foreach (var unit in choices)
        {
            all.Add(unit.ToQuery(IndexFields.Searched), Occur.SHOULD);
            inTitle.Add(unit.ToQuery(TitleOnly), Occur.MUST);
        }

        var query = new BooleanQuery { { all, Occur.MUST }, { inTitle, Occur.SHOULD } };
        if (key.Length > 0)
        {
            query.Add(new TermQuery(new Term(IndexFields.NameKey, key)) { Boost = IndexFields.NameKeyBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexFields.TitleKey, key)) { Boost = IndexFields.TitleKeyBoost }, Occur.SHOULD);
        }

        return query;
    }

    private UnitChoices Choices(QueryUnit unit, ISet<string> matchedTerms, ref int lookups)
    {
        var choices = unit.IsConcept ? ConceptChoices(unit) : WordChoices(unit.Words[0], ref lookups);
        foreach (var term in choices.Alternatives.Select(a => a.Term).Concat(choices.AllOf))
        {
            matchedTerms.Add(term);
        }

        return choices;
    }

    /// <summary>The word as typed, or a close real word (five letters or more) analyzed like the
    /// pages, with its synonyms: "exausted" corrected to "exhausted" also finds pages about fatigue.</summary>
    private UnitChoices WordChoices(QueryWord word, ref int lookups)
    {
        var alternatives = new List<(string Term, float Weight)> { (word.Term, 1f) };
        if (EditDistance.Allowed(word.Typed) == 0 || lookups <= 0)
        {
            return new UnitChoices(alternatives, []);
        }

        lookups--;
        foreach (var correction in corrections.For(word.Typed, MaxCorrections))
        {
            var weight = FuzzyWeight / correction.Distance;
            foreach (var token in analysis.Tokens(correction.Term).Where(t => t.Term != word.Term))
            {
                alternatives.Add((token.Term, token.IsConcept ? weight * ConceptWeight : weight));
            }
        }

        return new UnitChoices(alternatives, []);
    }

    /// <summary>Either the synonym concept or all of the phrase's own words (when they are not
    /// next to each other); a page with the exact words gets both.</summary>
    private static UnitChoices ConceptChoices(QueryUnit unit) =>
        new(unit.Concepts.Select(c => (c, ConceptWeight)).ToList(), unit.Words.Select(w => w.Term).ToList());

    /// <param name="Alternatives">Terms any one of which satisfies the unit; the best counts.</param>
    /// <param name="AllOf">Terms that together also satisfy it (a phrase's own words).</param>
    private sealed record UnitChoices(IReadOnlyList<(string Term, float Weight)> Alternatives, IReadOnlyList<string> AllOf)
    {
        public Query ToQuery(IReadOnlyList<(string Field, float Boost)> fields)
        {
            var best = new DisjunctionMaxQuery(0f);
            foreach (var (term, weight) in Alternatives)
            {
                best.Add(InFields(term, weight, fields));
            }

            if (AllOf.Count == 0)
            {
                return best;
            }

            var words = new BooleanQuery();
            foreach (var term in AllOf)
            {
                words.Add(InFields(term, 1f / AllOf.Count, fields), Occur.MUST);
            }

            return new BooleanQuery { { best, Occur.SHOULD }, { words, Occur.SHOULD } };
        }

        /// <summary>The best field counts, plus a little for each other field that also matches.</summary>
        private static Query InFields(string term, float weight, IReadOnlyList<(string Field, float Boost)> fields)
        {
            var query = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, boost) in fields)
            {
                query.Add(new TermQuery(new Term(field, term)) { Boost = boost * weight });
            }

            return query;
        }
    }
}
