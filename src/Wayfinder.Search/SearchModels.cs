namespace Wayfinder.Search;

/// <summary>
/// One thing search can find: a content page, a glossary entry or a clinical trial. Values of
/// <see cref="Type"/> and <see cref="Audience"/> are those of <see cref="DocumentTypes"/> and
/// <see cref="Audiences"/>.
/// </summary>
/// <param name="Names">Exact names the document answers to (a drug's generic and brand names,
/// a cancer type's other names, a glossary term's aliases); they rank above the title.</param>
public sealed record SearchDocument(string Url, string Lang, string Type, string Audience, string Title, string Summary, string Body, IReadOnlyList<string> Names);

/// <param name="Type">Only documents of this type (null for all).</param>
/// <param name="Audience">"patient" or "provider": documents for that reader, which includes
/// documents for everyone ("all"); "all": only documents for everyone. Asking for "provider"
/// also ranks provider pages above their patient versions.</param>
public sealed record SearchQuery(string Text, string Lang, string? Type = null, string? Audience = null, int Page = 1, int PageSize = 10);

/// <param name="Snippet">Plain text with every character HTML-encoded except the
/// <c>&lt;mark&gt;</c> elements around matched words: safe to write out raw.</param>
public sealed record SearchResultItem(string Url, string Title, string Type, string Audience, string Snippet, float Score);

public sealed record Facet(string Value, int Count);

/// <param name="Suggestion">A corrected query ("Did you mean"), when a word is unknown to the
/// index and a close, known word exists.</param>
/// <param name="Types">For each type, how many results the same query gives when filtered to
/// it (the type filter itself is ignored, the audience filter is kept).</param>
/// <param name="Audiences">For each audience, how many results the same query gives when
/// filtered to it (the audience filter itself is ignored, the type filter is kept).</param>
public sealed record SearchResult(int Total, IReadOnlyList<SearchResultItem> Results, string? Suggestion, IReadOnlyList<Facet> Types, IReadOnlyList<Facet> Audiences, int Page, int PageSize)
{
    public static SearchResult Empty(int page, int pageSize) => new(0, [], null, [], [], page, pageSize);
}

/// <summary>A type-ahead suggestion: a page title or a drug name, and where it leads.</summary>
public sealed record Suggestion(string Text, string Url, string Type);

public static class DocumentTypes
{
    public const string CancerType = "cancer-type";
    public const string Topic = "topic";
    public const string Drug = "drug";
    public const string SymptomGuide = "symptom-guide";
    public const string SideEffect = "side-effect";
    public const string Page = "page";
    public const string GlossaryTerm = "glossary-term";
    public const string Trial = "trial";

    /// <summary>An application page people look for by name: the trial finder, the self-check.</summary>
    public const string Tool = "tool";
}

public static class Audiences
{
    public const string Patient = "patient";
    public const string Provider = "provider";
    public const string All = "all";
}
