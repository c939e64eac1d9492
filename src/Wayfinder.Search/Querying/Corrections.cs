using Wayfinder.Search.Analysis;

namespace Wayfinder.Search.Querying;

/// <summary>
/// Close, real words for a typed word, from the words the documents use as written (the spell
/// field). Working on whole words rather than stems matters: "constipaton" stems to nothing
/// like "constip", but it is one letter from "constipation".
/// </summary>
internal sealed class Corrections(LanguageAnalysis analysis, TermVocabulary vocabulary)
{
    /// <summary>Words within the allowed edits of <paramref name="typed"/>, closest then most
    /// used first. Distances are counted without accents, so "diarhee" is one edit from
    /// "diarrhée"; the automaton is given two edits so that it reaches accented words.</summary>
    private long lookups;

    /// <summary>How many words have been looked up so far: the costly part of a query, counted so
    /// tests can hold the per-query bound.</summary>
    public long Lookups => Interlocked.Read(ref lookups);

    public IReadOnlyList<NearTerm> For(string typed, int max)
    {
        // As the spell field holds it: lower case, without a French elision ("l'oncolgue").
        var word = analysis.Tokens(typed, analysis.SpellAnalyzer).LastOrDefault()?.Term ?? "";
        var allowed = EditDistance.Allowed(word);
        if (allowed == 0)
        {
            return [];
        }

        // Searched from the word without accents, so "prévention" and "prevention" get the same
        // corrections (accents never change what a search finds).
        Interlocked.Increment(ref lookups);
        var bare = TextFolding.RemoveAccents(word);
        return vocabulary.Near(IndexFields.Spell, bare, allowed, enumerateEdits: 2, term => EditDistance.Between(bare, TextFolding.RemoveAccents(term)))
            .Take(max)
            .ToList();
    }
}
