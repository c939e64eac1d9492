using System.Globalization;
using System.Text;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;

namespace Wayfinder.Web.Features.Search;

public sealed record SearchHit(string Url, string Title, string Summary, double Score);

/// <summary>
/// Word search over the pages of one language: accent- and case-insensitive, title and summary
/// weighed above the body. Small and dependable for the content pack's size; the Lucene.NET index
/// (synonyms, typos, ranking rules) replaces it behind the same page.
/// </summary>
public static class SimpleSearch
{
    public const int MaxQueryLength = 200;

    public static IReadOnlyList<SearchHit> Find(ContentSnapshot snapshot, string lang, string query)
    {
        var terms = Normalise(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length > 1).Distinct().ToArray();
        if (terms.Length == 0)
        {
            return [];
        }

        return snapshot.Pages
            .Where(p => p.Lang == lang)
            .Select(p => new SearchHit(p.Url!, p.Title, p.Summary, Score(p, terms)))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Title, StringComparer.Ordinal)
            .ToList();
    }

    private static double Score(ContentItem page, string[] terms)
    {
        // A cancer type's other names ("carcinoid tumours") count as its title.
        var title = Normalise(page is CancerType hub ? string.Join(' ', hub.AlsoKnownAs.Prepend(page.Title)) : page.Title);
        var summary = Normalise(page.Summary);
        var body = Normalise(page.PlainText);
        double score = 0;
        foreach (var term in terms)
        {
            var inTitle = title.Contains(term, StringComparison.Ordinal);
            var inSummary = summary.Contains(term, StringComparison.Ordinal);
            var inBody = body.Contains(term, StringComparison.Ordinal);
            if (!inTitle && !inSummary && !inBody)
            {
                return 0; // every word must appear somewhere
            }

            score += (inTitle ? 5 : 0) + (inSummary ? 2 : 0) + (inBody ? 1 : 0);
        }

        return score;
    }

    /// <summary>Lower case, accents removed, punctuation to spaces: "Diarrhée" matches "diarrhee".</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return builder.ToString();
    }
}
