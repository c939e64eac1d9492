using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wayfinder.Data.Feedback;

/// <summary>
/// Takes out of a feedback comment what would identify a person if they type it despite the
/// advice not to: e-mail addresses however they are written, numbers long enough to be a
/// telephone, health card, record or date of birth however they are split, full postal codes,
/// street addresses and record numbers. Also removes control characters, which could drive a
/// terminal that prints the comment. Errs on the side of removing too much.
/// </summary>
public static partial class PersonalDetails
{
    public const string Removed = "[removed]";

    public static string Scrub(string comment)
    {
        // Full-width and other compatibility forms (＠, ０-９) become the plain characters the
        // patterns know; invisible joiners that split numbers go.
        var text = StripControl(comment.Normalize(NormalizationForm.FormKC));
        text = Invisible().Replace(text, "");
        foreach (var pattern in new[] { Email(), SpelledEmail(), RecordNumber(), PostalCode(), StreetAddress(), LongNumber() })
        {
            text = pattern.Replace(text, Removed);
        }

        return text;
    }

    /// <summary>Control characters (ESC, BEL, CR, OSC sequences' starts...) become spaces; zero-width characters go.</summary>
    public static string StripControl(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // Half of a pair is no character at all; a database may refuse it.
                result.Append('\uFFFD');
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                if (c is '\n' or '\t' or '\r' or '\u2028' or '\u2029')
                {
                    result.Append(' ');
                }

                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    [GeneratedRegex(@"[\u200B-\u200D\u2060\uFEFF\u00AD]")]
    private static partial Regex Invisible();

    // name@host, name @ host.tld, name(at)host, with any dots in the name.
    [GeneratedRegex(@"[\w.+-]+\s*(?:@|\(at\)|\[at\]|\{at\})\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)*", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    // "jane dot doe at example dot com": the spelled-out "at" needs a spelled or written dot after it.
    [GeneratedRegex(@"\b[\w+-]+(?:\s+(?:dot|point)\s+[\w+-]+)*\s+(?:at|arobase)\s+[\w-]+(?:\s*(?:\.|\s(?:dot|point)\s)\s*[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex SpelledEmail();

    // "MRN 123456", "OHIP: 1234-567-890", "chart # AB12345", "dossier no 55".
    [GeneratedRegex(@"\b(?:MRN|OHIP|RAMQ|health\s*card|carte\s*santé|chart|dossier|record|patient\s*(?:id|number|no))\b\s*(?:number|no\.?|n[°o]|#)?\s*[:#]?\s*[A-Z0-9][\w-]*", RegexOptions.IgnoreCase)]
    private static partial Regex RecordNumber();

    // A full Canadian postal code (the first three characters alone are kept: they name an area).
    [GeneratedRegex(@"\b[A-Z]\d[A-Z][\s-]?\d[A-Z]\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"\b\d{1,6}[A-Z]?\s+(?:[A-Z][\w'-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Crescent|Cres|Court|Ct|Lane|Ln|Way|Place|Pl|Terrace|Parkway|Pkwy|Circle|Trail)\b\.?|\b\d{1,6},?\s+(?:rue|avenue|boulevard|chemin|rang|place|croissant)\s+(?:[\w'-]+\s*){1,4}", RegexOptions.IgnoreCase)]
    private static partial Regex StreetAddress();

    // Six or more digits however they are split (spaces, / , _ . - – — parentheses, +).
    [GeneratedRegex(@"\+?\d(?:[\s/,_.()\-\u2010-\u2015]{0,3}\d){5,}")]
    private static partial Regex LongNumber();
}
