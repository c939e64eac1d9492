using System.Text;
using Wayfinder.Search.Analysis;

namespace Wayfinder.Search.Querying;

/// <summary>
/// "Did you mean": the query with each unknown word replaced by the closest word the pages
/// actually use (the most frequent one when several are as close). A word is unknown when
/// neither it, nor a spelling variant or synonym of it, is in the index; for such a word the
/// exact query finds nothing, so a correction is worth offering even when typo tolerance has
/// already found results. Words under five letters are never corrected, as in matching.
/// </summary>
internal sealed class SpellingCorrector(LanguageAnalysis analysis, TermVocabulary vocabulary, Corrections corrections)
{
    public string? Correct(string text)
    {
        var corrected = new StringBuilder();
        var at = 0;
        var changed = false;
        var lookups = EditDistance.MaxCorrectedWordsPerQuery;
        foreach (var word in analysis.Tokens(text, analysis.SpellAnalyzer))
        {
            // After an elision ("l'oncolgue") only the word itself is replaced.
            var start = word.End - word.Term.Length;
            var typed = text[start..word.End];
            if (EditDistance.Allowed(typed) == 0 || lookups <= 0 || IsKnown(typed))
            {
                continue;
            }

            lookups--;
            if (corrections.For(typed, 1) is not [var best])
            {
                continue;
            }

            corrected.Append(text, at, start - at).Append(MatchCase(typed, best.Term));
            at = word.End;
            changed = true;
        }

        return changed ? corrected.Append(text, at, text.Length - at).ToString() : null;
    }

    private bool IsKnown(string word) =>
        analysis.Tokens(word).Any(t => IndexFields.Searched.Any(f => vocabulary.DocFrequency(f.Field, t.Term) > 0));

    private static string MatchCase(string typed, string replacement) =>
        char.IsUpper(typed[0]) ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;
}
