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

    /// <summary>Optimal string alignment distance (<see cref="Content.Checking.StringDistance"/>).</summary>
    public static int Between(string a, string b) => Content.Checking.StringDistance.Between(a, b);
}
