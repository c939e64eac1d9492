using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Wayfinder.Search.Querying;

/// <summary>A candidate correction: an index term near a typed word.</summary>
internal sealed record NearTerm(string Term, int Distance, int DocFrequency);

/// <summary>
/// The terms of an immutable index, for typo tolerance and "Did you mean": how often a term
/// occurs, and which terms are within a few edits of a word (Lucene's Levenshtein automata,
/// so only the few terms near the word are visited, not the whole vocabulary).
/// </summary>
internal sealed class TermVocabulary(IndexReader reader)
{
    public int DocFrequency(string field, string term)
    {
        var frequency = 0;
        foreach (var leaf in reader.Leaves)
        {
            frequency += leaf.AtomicReader.DocFreq(new Term(field, term));
        }

        return frequency;
    }

    /// <summary>Terms of <paramref name="field"/> within <paramref name="maxEdits"/> of
    /// <paramref name="word"/> sharing its first letter, closest then most frequent first.
    /// <paramref name="distance"/> decides the final distance (it may compare without accents).</summary>
    /// <summary>Enough for any real misspelling (a word has a handful of near neighbours); a
    /// bound on the work for a word that is near many.</summary>
    private const int MaxVisitedTerms = 256;

    public IReadOnlyList<NearTerm> Near(string field, string word, int maxEdits, int enumerateEdits, Func<string, int> distance)
    {
        var found = new Dictionary<string, NearTerm>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null)
            {
                continue;
            }

            var near = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, word), (float)enumerateEdits, prefixLength: 1, transpositions: true);
            var visited = 0;
            while (near.MoveNext() && visited++ < MaxVisitedTerms)
            {
                var term = near.Term.Utf8ToString();
                var edits = term == word ? 0 : distance(term);
                if (edits == 0 || edits > maxEdits)
                {
                    continue;
                }

                var docFrequency = near.DocFreq + (found.TryGetValue(term, out var seen) ? seen.DocFrequency : 0);
                found[term] = new NearTerm(term, edits, docFrequency);
            }
        }

        return found.Values.OrderBy(t => t.Distance).ThenByDescending(t => t.DocFrequency).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
    }
}
