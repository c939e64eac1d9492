namespace Wayfinder.Search.Querying;

/// <summary>Typo tolerance rules and the distance they are measured in.</summary>
internal static class EditDistance
{
    /// <summary>Short words are matched exactly: at four letters and under, one edit turns too
    /// many words into other real words (pain/paint, sore/sure).
    /// Words longer than any word the pages use, or with digits in them ("38.5", a lot number),
    /// are matched exactly too: looking for their near neighbours costs the most and finds nothing.</summary>
    public static int Allowed(string typed) => typed.Length > MaxCorrectableLength || typed.Any(char.IsDigit) ? 0 : typed.Length switch
    {
        < 5 => 0,
        <= 7 => 1,
        _ => 2,
    };

    /// <summary>Longer than the long medical words people mistype ("hypoglycémie") with room to spare.</summary>
    public const int MaxCorrectableLength = 24;

    /// <summary>At most this many words of one query are looked up for corrections, so no query,
    /// however long or random, costs more than a few milliseconds.</summary>
    public const int MaxCorrectedWordsPerQuery = 4;

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and
    /// swaps of two neighbouring letters each count one.</summary>
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
