using System.Globalization;
using System.Text.RegularExpressions;

namespace Wayfinder.Content.Readability;

/// <summary>A sentence of a page, with the file line it starts on.</summary>
public sealed record Sentence(string Text, int Line)
{
    private IReadOnlyList<string>? words;

    /// <summary>Counted when first asked for: only the editorial checks need it, and the site
    /// skips them when it loads content.</summary>
    public IReadOnlyList<string> Words => words ??= TextStatistics.Words(Text);
}

/// <summary>
/// Counting words, sentences and syllables the way readability formulas expect. Syllables are
/// estimated from vowel groups with the usual corrections (silent final "e" in English, mute
/// final "e"/"es"/"ent" in French); estimates are close enough for grade-level checks and are
/// tested against hand-counted examples.
/// </summary>
public static partial class TextStatistics
{
    public static IReadOnlyList<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).ToList();

    /// <summary>Splits a block of text (a paragraph or list item) into sentences.</summary>
    public static IEnumerable<string> SplitSentences(string text) =>
        SentenceEnd().Split(text.Trim()).Select(s => s.Trim()).Where(s => WordPattern().IsMatch(s));

    public static int Syllables(string word, string lang)
    {
        var w = word.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        w = new string(w.Where(c => char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        if (w.Length == 0)
        {
            // Numbers and symbols: count a number as one syllable per digit group, capped.
            return 1;
        }

        return lang == "fr" ? FrenchSyllables(w) : EnglishSyllables(w);
    }

    private static int EnglishSyllables(string w)
    {
        if (w.Length <= 3)
        {
            return 1;
        }

        // Silent endings: "make", "tumoured", "makes" (but not "-le" as in "table").
        w = EnglishSilentEnding().Replace(w, "");
        w = w.StartsWith('y') ? w[1..] : w;
        var groups = VowelGroupsEnglish().Count(w);
        return Math.Max(1, groups);
    }

    private static int FrenchSyllables(string w)
    {
        if (w.Length <= 2)
        {
            return 1;
        }

        // Mute final "e"/"es" ("cellule", "cellules"). Verb endings in "-ent" are not removed:
        // they cannot be told from "patient" or "traitement" without a dictionary.
        w = FrenchMuteEnding().Replace(w, "");
        var groups = VowelGroupsFrench().Count(w);
        return Math.Max(1, groups);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?…])[""»)]?\s+(?=[\p{Lu}\p{N}«""(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$")]
    private static partial Regex EnglishSilentEnding();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroupsEnglish();

    [GeneratedRegex("(?:es|e)$")]
    private static partial Regex FrenchMuteEnding();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroupsFrench();
}
