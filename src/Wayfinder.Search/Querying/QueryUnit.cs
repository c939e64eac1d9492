using Wayfinder.Search.Analysis;

namespace Wayfinder.Search.Querying;

/// <summary>
/// One thing the query asks for: a single word, or a synonym phrase ("shortness of breath")
/// together with its concept terms. A page must match most of a query's units.
/// </summary>
/// <param name="Words">The index terms of the words, with the length of each word as typed
/// (typo tolerance depends on it).</param>
/// <param name="Concepts">Concept terms of the synonym groups the phrase belongs to; empty for a plain word.</param>
internal sealed record QueryUnit(IReadOnlyList<QueryWord> Words, IReadOnlyList<string> Concepts)
{
    public bool IsConcept => Concepts.Count > 0;

    /// <summary>A number as typed ("38.5", "38,5", "2"): it ranks the pages that have it higher,
    /// but a page need not contain it, so "fever 38.5" still finds the fever pages.</summary>
    public bool IsNumber => !IsConcept && Words.All(w => w.Typed.Any(char.IsDigit) && w.Typed.All(c => char.IsDigit(c) || c is '.' or ','));
}

internal sealed record QueryWord(string Term, string Typed);

/// <summary>Splits a query into units with the same analysis as the pages.</summary>
internal static class QueryUnits
{
    /// <summary>Enough for any real question; bounds the work a pasted essay can cause.</summary>
    public const int MaxUnits = 10;

    /// <summary>Words of questions ("what is", "how do I", "qu'est-ce que") that say nothing about
    /// the subject. Dropped from queries only (pages keep them), when other words remain.</summary>
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "how", "why", "when", "where", "which", "do", "does", "did", "can", "could", "should",
        "would", "i", "im", "me", "my", "we", "our", "you", "your", "am", "have", "has", "had", "get", "about",
        "mean", "means", "cant", "cannot", "dont", "doesnt",
        // Who it is about: "my mother has a fever" asks about a fever.
        "he", "she", "him", "her", "his", "hers", "they", "them", "their", "is", "are", "was", "been", "having",
        "mother", "mom", "mum", "father", "dad", "husband", "wife", "partner", "son", "daughter", "child", "kid",
        "brother", "sister", "friend", "grandmother", "grandfather", "parent", "parents", "someone", "person",
        "keeps", "keep", "still", "really", "very", "bad", "lot", "help", "need", "feel", "feeling", "got",
        "always", "often", "lately", "anymore",
        "que", "quoi", "qu", "quel", "quelle", "quels", "quelles", "comment", "pourquoi", "quand", "ou", "est",
        "ce", "j", "je", "puis", "peut", "faire", "mon", "ma", "mes", "dois",
        "il", "elle", "ils", "elles", "lui", "son", "sa", "ses", "leur", "leurs", "ai", "as", "avons", "ont",
        "mere", "maman", "pere", "papa", "mari", "femme", "conjoint", "conjointe", "fils", "fille", "enfant",
        "frere", "soeur", "ami", "amie", "quelqu", "un", "une", "beaucoup", "tres", "encore", "aide", "besoin",
        "toujours", "souvent", "depuis",
    };

    public static IReadOnlyList<QueryUnit> From(string text, LanguageAnalysis analysis)
    {
        var tokens = analysis.Tokens(text);
        var units = new List<(int Start, QueryUnit Unit)>();
        var words = tokens.Where(t => !t.IsConcept).ToList();
        var covered = new bool[words.Count];

        // A concept term spans the phrase it came from (its offsets); the widest wins.
        foreach (var span in tokens.Where(t => t.IsConcept).GroupBy(t => (t.Start, t.End)).OrderBy(g => g.Key.Start).ThenByDescending(g => g.Key.End))
        {
            var inside = Enumerable.Range(0, words.Count).Where(i => words[i].Start >= span.Key.Start && words[i].End <= span.Key.End).ToList();
            if (inside.Count == 0 || inside.Any(i => covered[i]))
            {
                continue;
            }

            inside.ForEach(i => covered[i] = true);
            units.Add((span.Key.Start, new QueryUnit(inside.Select(i => Word(text, words[i])).ToList(), span.Select(t => t.Term).Distinct().ToList())));
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (!covered[i])
            {
                units.Add((words[i].Start, new QueryUnit([Word(text, words[i])], [])));
            }
        }

        var ordered = units.OrderBy(u => u.Start).Select(u => u.Unit).ToList();
        var meaningful = ordered.Where(u => u.IsConcept || !QuestionWords.Contains(Bare(u.Words[0].Typed))).ToList();
        return (meaningful.Count > 0 ? meaningful : ordered).Take(MaxUnits).ToList();
    }

    /// <summary>How many units a page must match: all of one or two, then all but one, then
    /// two thirds, so a long question still finds the page that answers most of it.</summary>
    public static int MinimumToMatch(int units) => units switch
    {
        <= 2 => units,
        <= 4 => units - 1,
        _ => (int)Math.Ceiling(units * 2 / 3.0),
    };

    private static QueryWord Word(string text, AnalyzedToken token) => new(token.Term, text[token.Start..token.End]);

    private static string Bare(string typed) => new(TextFolding.RemoveAccents(typed).ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
