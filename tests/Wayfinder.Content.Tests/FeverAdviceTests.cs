using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Triage;

namespace Wayfinder.Content.Tests;

/// <summary>
/// A fever during or after cancer treatment is urgent: the 24-hour line now, the emergency
/// department if the team cannot be reached. No page, in either language, may tell a person to
/// wait with one.
/// </summary>
public sealed partial class FeverAdviceTests
{
    private static readonly ContentSnapshot Snapshot = new ContentLoader(new Markdown.MarkdownRenderer(), FixedTime.On(TestContent.Today)) { EditorialChecks = false }
        .Load(Path.Combine(TestContent.RepositoryRoot, "content"));

    [Fact]
    public void No_card_on_any_page_puts_a_fever_below_urgent()
    {
        var wrong = new List<string>();
        foreach (var page in Snapshot.Pages)
        {
            var document = new HtmlParser().ParseDocument($"<body>{page.Html}</body>");
            foreach (var card in document.QuerySelectorAll(".wf-card"))
            {
                var kind = card.ClassList.Select(c => c.Replace("wf-card--", "", StringComparison.Ordinal)).FirstOrDefault(c => Urgency.TryParse(c, out _));
                if (kind is not null && Urgency.Parse(kind) < Fever.Value && kind != "self-care" && Fever.Mentions(card.TextContent, page.Lang))
                {
                    wrong.Add($"{page.SourcePath}: a '{kind}' card mentions a fever: {card.TextContent.Trim()[..Math.Min(120, card.TextContent.Trim().Length)]}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void No_sentence_on_any_page_tells_a_person_with_a_fever_to_wait()
    {
        var wrong = Snapshot.Pages
            .Where(page => page.Audience != Model.Audience.Provider)
            .SelectMany(page => Sentence().Split(page.PlainText).Select(sentence => (page.SourcePath, page.Lang, Sentence: sentence)))
            .Where(s => Fever.Mentions(s.Sentence, s.Lang) && Waiting().IsMatch(s.Sentence) && !Now().IsMatch(s.Sentence))
            .Select(s => $"{s.SourcePath}: {s.Sentence}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void Every_drug_side_effect_row_about_fever_is_urgent_or_more()
    {
        var rows = Snapshot.Items.OfType<Model.Drug>()
            .SelectMany(d => d.SideEffects.Select(r => (d.SourcePath, d.Lang, Row: r)))
            .Where(x => Fever.Mentions(x.Row.Effect + " " + x.Row.GetHelp, x.Lang))
            .ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, x => Assert.True(Urgency.Parse(x.Row.Urgency) >= Fever.Value, $"{x.SourcePath}: '{x.Row.Effect}' is '{x.Row.Urgency}'"));
    }

    /// <summary>The fever sign as the triage model declares it: its level and how pages mention it.</summary>
    private static DangerSign Fever => Snapshot.Triage.Find("fever")!;

    [GeneratedRegex(@"\b(today|next visit|within|few days|tomorrow|aujourd'hui|prochain rendez-vous|d'ici|quelques jours|demain)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Waiting();

    [GeneratedRegex(@"\b(now|right away|at once|immediately|911|emergency|maintenant|tout de suite|immédiatement|urgences?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Now();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentence();
}
