using System.Globalization;
using System.Text;

namespace Wayfinder.Search.Analysis;

/// <summary>Case- and accent-insensitive keys for whole names and prefixes ("Somatuline
/// Autogel", "Diarrhée" → "somatuline autogel", "diarrhee").</summary>
internal static class TextFolding
{
    /// <summary>Lower case, accents removed, and every run of other characters (hyphens,
    /// punctuation, spaces) made a single space, so "Lu-177" and "lu 177" are one key.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Accents removed, case kept: for comparing one word with another.</summary>
    public static string RemoveAccents(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
