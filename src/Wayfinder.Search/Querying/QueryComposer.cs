using Lucene.Net.Index;
using Lucene.Net.Search;
using Wayfinder.Search.Analysis;

namespace Wayfinder.Search.Querying;

/// <summary>
/// Builds the Lucene query from analyzed query units. User text is never parsed as query
/// syntax: every clause is a term the analyzer produced, so quotes, colons, brackets and
/// operators are just characters the tokenizer drops.
/// </summary>
internal sealed class QueryComposer(LanguageAnalysis analysis, TermVocabulary vocabulary)
{
    /// <summary>A corrected word counts for less than the word as typed, so an exact match always wins.</summary>
    private const float FuzzyWeight = 0.5f;

    /// <summary>How many corrections of one misspelt word are tried.</summary>
    private const int MaxCorrections = 3;

    /// <summary>A synonym counts for a bit less than the words the searcher typed.</summary>
    private const float ConceptWeight = 0.8f;

    private static readonly string[] CorrectionFields = [IndexFields.Names, IndexFields.Title, IndexFields.Summary, IndexFields.Body];

    /// <param name="key">The whole query as a name key, for the exact-name boost.</param>
    /// <param name="matchedTerms">Receives every term the query can match, for highlighting.</param>
    public Query Build(IReadOnlyList<QueryUnit> units, string key, ISet<string> matchedTerms)
    {
        var all = new BooleanQuery { MinimumNumberShouldMatch = QueryUnits.MinimumToMatch(units.Count) };
        foreach (var unit in units)
        {
            all.Add(unit.IsConcept ? ConceptQuery(unit, matchedTerms) : WordQuery(unit.Words[0], matchedTerms), Occur.SHOULD);
        }

        var query = new BooleanQuery { { all, Occur.MUST } };
        if (key.Length > 0)
        {
            query.Add(new TermQuery(new Term(IndexFields.NameKey, key)) { Boost = IndexFields.NameKeyBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexFields.TitleKey, key)) { Boost = IndexFields.TitleKeyBoost }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>The word as typed, or failing that a close correction of it (five letters or more).</summary>
    private Query WordQuery(QueryWord word, ISet<string> matchedTerms)
    {
        matchedTerms.Add(word.Term);
        var choices = new DisjunctionMaxQuery(0f) { InAllFields(word.Term, 1f) };
        var allowed = EditDistance.Allowed(word.Typed);
        if (allowed > 0)
        {
            var corrections = CorrectionFields
                .SelectMany(field => vocabulary.Near(field, word.Term, allowed, allowed, term => EditDistance.Between(word.Term, term)))
                .GroupBy(t => t.Term)
                .Select(g => new NearTerm(g.Key, g.First().Distance, g.Sum(t => t.DocFrequency)))
                .OrderBy(t => t.Distance).ThenByDescending(t => t.DocFrequency)
                .Take(MaxCorrections);
            foreach (var correction in corrections)
            {
                var weight = FuzzyWeight / correction.Distance;
                matchedTerms.Add(correction.Term);
                choices.Add(InAllFields(correction.Term, weight));

                // "exausted" corrected to "exhaust" also finds pages about fatigue.
                foreach (var concept in analysis.ConceptsOf(correction.Term))
                {
                    matchedTerms.Add(concept);
                    choices.Add(InAllFields(concept, weight * ConceptWeight));
                }
            }
        }

        return choices;
    }

    /// <summary>Either the synonym concept or all of the phrase's own words (when they are not
    /// next to each other); a page with the exact words gets both.</summary>
    private static Query ConceptQuery(QueryUnit unit, ISet<string> matchedTerms)
    {
        var query = new BooleanQuery();
        foreach (var concept in unit.Concepts)
        {
            matchedTerms.Add(concept);
            query.Add(InAllFields(concept, ConceptWeight), Occur.SHOULD);
        }

        var words = new BooleanQuery();
        foreach (var word in unit.Words)
        {
            matchedTerms.Add(word.Term);
            words.Add(InAllFields(word.Term, 1f / unit.Words.Count), Occur.MUST);
        }

        query.Add(words, Occur.SHOULD);
        return query;
    }

    /// <summary>The best field counts, plus a little for each other field that also matches.</summary>
    private static Query InAllFields(string term, float weight)
    {
        var query = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in IndexFields.Searched)
        {
            query.Add(new TermQuery(new Term(field, term)) { Boost = boost * weight });
        }

        return query;
    }
}
