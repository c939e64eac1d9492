using System.Globalization;

namespace Wayfinder.Search;

public enum QueryProblem
{
    None,
    Empty,
    TooShort,
    TooLong,
    Binary,
}

/// <summary>
/// What the site accepts as a search: the web layer turns a problem into a 400 or a friendly
/// message before searching. <see cref="SearchIndex.Search"/> stays safe on any text anyway.
/// </summary>
public static class SearchQueryRules
{
    public const int MaxLength = 200;

    public static QueryProblem Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return QueryProblem.Empty;
        }

        // Binary first: a NUL or a broken surrogate is never a real query, whatever its length.
        if (HasBinary(text))
        {
            return QueryProblem.Binary;
        }

        if (text.Length > MaxLength)
        {
            return QueryProblem.TooLong;
        }

        return new StringInfo(text.Trim()).LengthInTextElements < 2 ? QueryProblem.TooShort : QueryProblem.None;
    }

    private static bool HasBinary(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return true;
            }
        }

        return false;
    }
}
