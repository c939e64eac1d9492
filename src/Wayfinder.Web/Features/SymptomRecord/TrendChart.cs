using System.Globalization;
using System.Net;
using System.Text;
using Wayfinder.Symptoms;

namespace Wayfinder.Web.Features.SymptomRecord;

/// <summary>
/// A symptom's scores over time as inline SVG, drawn on the server so it needs no script. Each
/// result's mark has the shape of its level (circle none, square mild, triangle moderate, diamond
/// severe) as well as its colour, so the level does not rest on colour alone; the same numbers are
/// in a table beside the chart. Built from numbers and encoded text only.
/// </summary>
public static class TrendChart
{
    private const int Width = 560;
    private const int Height = 170;
    private const int Left = 34;
    private const int Right = 16;
    private const int Top = 10;
    private const int Bottom = 30;

    public static string Svg(SymptomTrend trend, string id, string title, Func<DateTimeOffset, string> shortDate)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"wf-trend\" role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}\">{WebUtility.HtmlEncode(title)}</title>");
        var plotHeight = Height - Top - Bottom;
        for (var score = 0; score <= 10; score += 2)
        {
            var y = Y(score, plotHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\" stroke=\"#d6d6d6\" stroke-width=\"1\"></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{y + 4:0.#}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">{score}</text>");
        }

        var points = trend.Points.Select((p, i) => (Point: p, X: X(trend.Points, i), Y: Y(p.Score, plotHeight))).ToList();
        if (points.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#4d4d4d\" stroke-width=\"2\" points=\"");
            svg.AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));
            svg.Append("\"></polyline>");
        }

        foreach (var (point, x, y) in points)
        {
            svg.Append(Mark(point.Band, x, y, 6));
        }

        // Dates under the first and last marks (and the middle one on a long record), so the span is clear.
        var labelled = points.Count switch { 0 => [], 1 => [0], 2 => [0, 1], _ => new[] { 0, points.Count / 2, points.Count - 1 }.Distinct().ToArray() };
        foreach (var i in labelled)
        {
            var anchor = points.Count == 1 ? "middle" : i == 0 ? "start" : i == points.Count - 1 ? "end" : "middle";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{points[i].X:0.#}\" y=\"{Height - 8}\" font-size=\"12\" text-anchor=\"{anchor}\" fill=\"#1a1a1a\">{WebUtility.HtmlEncode(shortDate(points[i].Point.Authored))}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A small line of the scores for the visit summary's table; decorative there (the numbers are in the row).</summary>
    public static string Sparkline(SymptomTrend trend)
    {
        const int w = 120;
        const int h = 28;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"wf-sparkline\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" xmlns=\"http://www.w3.org/2000/svg\">");
        var n = trend.Points.Count;
        var coordinates = trend.Points.Select((p, i) => (X: n == 1 ? w / 2.0 : 4 + (i * (w - 8.0) / (n - 1)), Y: h - 4 - (p.Score * (h - 8.0) / 10), p.Band)).ToList();
        if (n > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#4d4d4d\" stroke-width=\"1.5\" points=\"");
            svg.AppendJoin(' ', coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:0.#},{c.Y:0.#}")));
            svg.Append("\"></polyline>");
        }

        foreach (var (x, y, band) in coordinates)
        {
            svg.Append(Mark(band, x, y, 3));
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The mark of a level: a shape and a colour that meets contrast on white.</summary>
    private static string Mark(string band, double x, double y, double r) => band switch
    {
        "severe" => string.Create(CultureInfo.InvariantCulture, $"<path d=\"M{x:0.#} {y - r - 1:0.#} L{x + r + 1:0.#} {y:0.#} L{x:0.#} {y + r + 1:0.#} L{x - r - 1:0.#} {y:0.#} Z\" fill=\"{SelfCheck.ScoreChart.Fill(band)}\"></path>"),
        "moderate" => string.Create(CultureInfo.InvariantCulture, $"<path d=\"M{x:0.#} {y - r - 1:0.#} L{x + r + 1:0.#} {y + r:0.#} L{x - r - 1:0.#} {y + r:0.#} Z\" fill=\"{SelfCheck.ScoreChart.Fill(band)}\"></path>"),
        "mild" => string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{x - r:0.#}\" y=\"{y - r:0.#}\" width=\"{2 * r:0.#}\" height=\"{2 * r:0.#}\" fill=\"{SelfCheck.ScoreChart.Fill(band)}\"></rect>"),
        _ => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\" fill=\"#ffffff\" stroke=\"#4d4d4d\" stroke-width=\"2\"></circle>"),
    };

    /// <summary>Results spaced by their dates, so a missed week shows as a gap.</summary>
    private static double X(IReadOnlyList<TrendPoint> points, int index)
    {
        var first = points[0].Authored;
        var span = (points[^1].Authored - first).TotalSeconds;
        var plotWidth = Width - Left - Right - 20;
        return span <= 0 ? Left + 10 + (plotWidth / 2.0) : Left + 10 + ((points[index].Authored - first).TotalSeconds / span * plotWidth);
    }

    private static double Y(int score, int plotHeight) => Top + plotHeight - (score * plotHeight / 10.0);
}
