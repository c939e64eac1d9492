using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Wayfinder.Web.Features.Shared;

/// <summary>
/// Interface strings with named placeholders ("{reviewer} checked this page on {date}."), filled
/// with markup such as a <c>&lt;time&gt;</c> element while the words around them stay encoded
/// text. Names, not positions, so each language puts them where its grammar wants them.
/// </summary>
public static partial class UiText
{
    public static IHtmlContent Fill(string template, params (string Name, IHtmlContent Value)[] values)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            html.Append(template[at..placeholder.Index]);
            var value = values.FirstOrDefault(v => v.Name == placeholder.Groups[1].Value).Value;
            if (value is null)
            {
                html.Append(placeholder.Value);
            }
            else
            {
                html.AppendHtml(value);
            }

            at = placeholder.Index + placeholder.Length;
        }

        html.Append(template[at..]);
        return html;
    }

    /// <summary>Plain words for a placeholder, encoded like any text.</summary>
    public static IHtmlContent Text(string text) => new HtmlContentBuilder().Append(text);

    /// <summary>A day as the page's language writes it, in a <c>&lt;time datetime&gt;</c> machines can read.</summary>
    public static IHtmlContent Time(DateOnly day, string lang) =>
        new HtmlContentBuilder()
            .AppendHtml($"<time datetime=\"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">")
            .Append(OntarioTime.Date(day, lang))
            .AppendHtml("</time>");

    /// <summary>The words for a page's review state (footer, notice titles, "View all" parts): one
    /// label per state, so a notice and the footer never disagree.</summary>
    public static string ReviewStatusKey(Wayfinder.Content.Model.ReviewState state) => state switch
    {
        Wayfinder.Content.Model.ReviewState.Reviewed => "review_status_clinically_reviewed",
        Wayfinder.Content.Model.ReviewState.ChangedSinceReview => "review_status_changed",
        _ => "review_status_draft",
    };

    /// <summary>The placeholder names a string uses, so a test can hold both languages to the same ones.</summary>
    public static IReadOnlySet<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();
}
