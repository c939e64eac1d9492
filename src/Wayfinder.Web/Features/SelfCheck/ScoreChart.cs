using Wayfinder.Content.Questionnaires;
using System.Globalization;
using System.Net;
using System.Text;
using Wayfinder.Symptoms;

namespace Wayfinder.Web.Features.SelfCheck;

/// <summary>
/// The result chart as inline SVG, drawn on the server so it needs no script. It is an image with
/// a title for screen readers; the same numbers are in a table next to it. Colours match the
/// bands and the text on the chart meets contrast rules.
/// </summary>
public static class ScoreChart
{
    private const int RowHeight = 28;
    private const int LabelWidth = 190;
    private const int Unit = 24;

    public static string Svg(SelfCheckResult result, Questionnaire questionnaire, string lang, string title)
    {
        var height = (result.Symptoms.Count * RowHeight) + 30;
        var width = LabelWidth + (10 * Unit) + 40;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {width} {height}\" width=\"100%\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{WebUtility.HtmlEncode(title)}</title>");
        for (var tick = 0; tick <= 10; tick += 2)
        {
            var x = LabelWidth + (tick * Unit);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{height - 20}\" stroke=\"#c8c8c8\" stroke-width=\"1\"></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{height - 5}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{tick}</text>");
        }

        for (var i = 0; i < result.Symptoms.Count; i++)
        {
            var symptom = result.Symptoms[i];
            var label = questionnaire.FindItem(symptom.Id)!.Name(lang);
            var y = i * RowHeight;
            var bar = Math.Max(2, symptom.Score * Unit);
            var fill = Fill(symptom.Band);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" font-size=\"13\" text-anchor=\"end\" fill=\"#1a1a1a\">{WebUtility.HtmlEncode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{bar}\" height=\"18\" fill=\"{fill}\"></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + bar + 6}\" y=\"{y + 18}\" font-size=\"13\" fill=\"#1a1a1a\">{symptom.Score}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A band's colour, with enough contrast on white; the symptom record's trend marks use it too.</summary>
    public static string Fill(string band) => band switch { "severe" => "#b3121f", "moderate" => "#a34500", "mild" => "#0a4f9e", _ => "#6b6b6b" };
}
