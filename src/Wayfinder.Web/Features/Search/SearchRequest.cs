using System.Globalization;
using Wayfinder.Content.Model;
using Wayfinder.Search;

namespace Wayfinder.Web.Features.Search;

/// <summary>A search as asked in a query string, for the page and the API alike.</summary>
public sealed record SearchRequest(string Text, string Lang, string? Type, string? Audience, int Page)
{
    public const int PageSize = 10;
    public const int MaxPage = 500;

    public static readonly IReadOnlyList<string> Types =
    [
        DocumentTypes.CancerType, DocumentTypes.Topic, DocumentTypes.Drug, DocumentTypes.SymptomGuide, DocumentTypes.SideEffect,
        DocumentTypes.Page, DocumentTypes.GlossaryTerm, DocumentTypes.Trial, DocumentTypes.Tool,
    ];

    public static readonly IReadOnlyList<string> AudienceValues = [Audiences.Patient, Audiences.Provider, Audiences.All];

    /// <summary>What went wrong with the words themselves, if anything (empty, one letter, too long, binary).</summary>
    public QueryProblem Problem => SearchQueryRules.Check(Text);

    public SearchQuery ToQuery() => new(Text.Trim(), Lang, Type, Audience, Page, PageSize);

    /// <summary>
    /// Reads <c>q</c>, <c>lang</c>, <c>type</c>, <c>audience</c> and <c>page</c>; every bad value
    /// is named in the errors. The words in <c>q</c> are judged separately (<see cref="Problem"/>),
    /// because the page answers those with advice rather than an error.
    /// </summary>
    public static (SearchRequest Request, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, string lang)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var name in new[] { "q", "lang", "type", "audience", "page" }.Where(n => query[n].Count > 1))
        {
            errors[name] = [$"'{name}' must be given once"];
        }

        var langValue = query["lang"].ToString();
        if (langValue.Length > 0 && !Languages.IsSupported(langValue))
        {
            errors["lang"] = ["'lang' must be 'en' or 'fr'"];
        }
        else if (langValue.Length > 0)
        {
            lang = langValue;
        }

        var type = Optional(query["type"].ToString());
        if (type is not null && !Types.Contains(type))
        {
            errors["type"] = [$"'type' must be one of {string.Join(", ", Types)}"];
            type = null;
        }

        var audience = Optional(query["audience"].ToString());
        if (audience is not null && !AudienceValues.Contains(audience))
        {
            errors["audience"] = [$"'audience' must be one of {string.Join(", ", AudienceValues)}"];
            audience = null;
        }

        var page = 1;
        var pageText = query["page"].ToString();
        if (pageText.Length > 0 && !(int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page is >= 1 and <= MaxPage))
        {
            errors["page"] = [$"'page' must be a whole number from 1 to {MaxPage}"];
            page = 1;
        }

        return (new SearchRequest(query["q"].ToString(), lang, type, audience, page), errors);
    }

    /// <summary>The message for a problem with the words, as an API error names it.</summary>
    public static string Describe(QueryProblem problem) => problem switch
    {
        QueryProblem.Empty => "'q' is required: type one or more words",
        QueryProblem.TooShort => "'q' must be at least 2 characters",
        QueryProblem.TooLong => $"'q' must be {SearchQueryRules.MaxLength} characters or fewer",
        QueryProblem.Binary => "'q' contains characters that are not text",
        _ => "",
    };

    private static string? Optional(string value) => value.Trim().Length == 0 ? null : value.Trim();
}
