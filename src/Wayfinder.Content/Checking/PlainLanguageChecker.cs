using System.Text.RegularExpressions;
using Wayfinder.Content.Model;
using Wayfinder.Content.Readability;
using Wayfinder.Content.Site;

namespace Wayfinder.Content.Checking;

/// <summary>
/// Plain-language rules for pages written for patients and families: reading level, sentence
/// length, and abbreviations that are explained (in the glossary or on first use).
/// </summary>
public static partial class PlainLanguageChecker
{
    public const string Rule = Rules.PlainLanguage;

    public static IEnumerable<Diagnostic> Check(IReadOnlyList<ContentItem> items, PlainLanguageChecks checks)
    {
        var known = KnownAbbreviations(items);
        foreach (var item in items.Where(i => i.Url is not null && i.IsForPatients))
        {
            foreach (var d in CheckPage(item, checks, known[item.Lang]))
            {
                yield return d;
            }
        }
    }

    public static IEnumerable<Diagnostic> CheckPage(ContentItem item, PlainLanguageChecks checks, IReadOnlySet<string> knownAbbreviations)
    {
        Diagnostic Make(int line, Severity severity, string message) => new(item.SourcePath, line, severity, message, Rule);

        var score = ReadabilityScore.Measure(item.Sentences.Select(s => s.Text), item.Lang);
        var tooHard = item.Lang == Languages.French ? score.Value < checks.MinEaseFr : score.Value > checks.MaxGradeEn;
        if (score.Words >= checks.MinWordsForReadingLevel && tooHard)
        {
            var limit = item.Lang == Languages.French ? $"at least {checks.MinEaseFr}" : $"at most {checks.MaxGradeEn}";
            yield return Make(2, Severity.Error, $"too hard to read for a patient page: {score.Describe()}, should be {limit}");
            foreach (var hardest in item.Sentences.OrderByDescending(s => ReadabilityScore.Difficulty(s, item.Lang)).Take(checks.HardestSentences))
            {
                yield return Make(hardest.Line, Severity.Warning, $"hard sentence: \"{Shorten(hardest.Text)}\"");
            }
        }

        foreach (var sentence in item.Sentences.Where(s => s.Words.Count > checks.MaxSentenceWords))
        {
            yield return Make(sentence.Line, Severity.Error,
                $"sentence of {sentence.Words.Count} words (at most {checks.MaxSentenceWords}): \"{Shorten(sentence.Text)}\"");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in item.Sentences)
        {
            foreach (Match match in Abbreviation().Matches(sentence.Text))
            {
                var abbreviation = match.Value;
                // "ESAS-r" is its own abbreviation; "CT-guided" is the known "CT" with a word joined on.
                var stem = abbreviation.Contains('-', StringComparison.Ordinal) && char.IsLower(abbreviation[^1])
                    ? abbreviation[..abbreviation.IndexOf('-', StringComparison.Ordinal)] : abbreviation;
                var stemExplained = stem != abbreviation && (knownAbbreviations.Contains(stem) || seen.Contains(stem));
                if (!seen.Add(Singular(abbreviation)) || stemExplained || RomanNumeral().IsMatch(abbreviation)
                    || knownAbbreviations.Contains(abbreviation) || knownAbbreviations.Contains(Singular(abbreviation))
                    || IsExpandedHere(sentence.Text, match))
                {
                    continue;
                }

                yield return Make(sentence.Line, Severity.Error,
                    $"abbreviation '{abbreviation}' is not explained: expand it on first use, as in \"words ({abbreviation})\", or add it to the glossary");
            }
        }
    }

    /// <summary>Abbreviations defined in the glossary (titles and aliases) or naming an organisation.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> KnownAbbreviations(IEnumerable<ContentItem> items) =>
        Languages.All.ToDictionary(lang => lang, lang => (IReadOnlySet<string>)items.Where(i => i.Lang == lang)
            .SelectMany(i => i switch
            {
                GlossaryTerm term => term.Forms,
                Organisation organisation => [organisation.Title],
                _ => [],
            })
            .SelectMany(form => Abbreviation().Matches(form).Select(m => m.Value).Append(form))
            .ToHashSet(StringComparer.Ordinal));

    /// <summary>"computed tomography (CT)" or "CT (computed tomography)".</summary>
    private static bool IsExpandedHere(string sentence, Match match)
    {
        var before = match.Index > 0 ? sentence[..match.Index] : "";
        var after = sentence[(match.Index + match.Length)..];
        var inParentheses = before.EndsWith('(') && after.StartsWith(')');
        var followedByExpansion = after.StartsWith(" (", StringComparison.Ordinal) && after.Length > 3 && char.IsLetter(after[2]);
        return inParentheses || followedByExpansion;
    }

    private static string Singular(string abbreviation) =>
        abbreviation.Length > 2 && abbreviation.EndsWith('s') ? abbreviation[..^1] : abbreviation;

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    // Two or more capitals, maybe with digits, a leading number ("5-HIAA"), a lower-case prefix
    // ("eGFR"), a plural "s" ("CTs") or lower-case parts joined by hyphens ("ESAS-r", "CT-guided").
    [GeneratedRegex(@"(?<![\p{L}\p{N}\-])(?:\p{N}+-)?\p{Ll}?\p{Lu}{2,}[\p{Lu}\p{N}]*(?:-\p{Lu}+[\p{Lu}\p{N}]*)?s?(?:-\p{Ll}+)*(?![\p{L}\p{N}])")]
    private static partial Regex Abbreviation();

    [GeneratedRegex("^[IVXLC]+$")]
    private static partial Regex RomanNumeral();
}
