namespace Wayfinder.Search;

/// <summary>The index's fields and how much a match in each counts.</summary>
internal static class IndexFields
{
    public const string Names = "names";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>Whole names and titles as keys (<see cref="Analysis.TextFolding.Key"/>), for
    /// the "the query is exactly this drug's name" boost.</summary>
    public const string NameKey = "namekey";
    public const string TitleKey = "titlekey";

    /// <summary>Words as written, for "Did you mean".</summary>
    public const string Spell = "spell";

    /// <summary>The document's position in the list it was built from.</summary>
    public const string Ordinal = "ord";

    /// <summary>Names rank above the title, the title above the summary, the summary above the body.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Searched =
    [
        (Names, 5f),
        (Title, 3f),
        (Summary, 1.5f),
        (Body, 1f),
    ];

    public const float NameKeyBoost = 20f;
    public const float TitleKeyBoost = 8f;
}
