using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Wayfinder.Content.Model;

namespace Wayfinder.Content.Markdown;

/// <summary>
/// Links the first use of each glossary term on a page to its definition. The definition is
/// written next to the link and tied to it with <c>aria-describedby</c>, so a screen reader reads
/// it when the link is focused and CSS can show it on hover or focus without JavaScript; the
/// link itself leads to the term in the A-Z glossary.
/// </summary>
public sealed partial class GlossaryLinker
{
    private static readonly string[] SkipInside = ["A", "H1", "H2", "H3", "H4", "H5", "H6", "CODE", "PRE", "BUTTON", "LABEL"];
    private static readonly string[] SkipClasses = ["wf-wallet-card", "wf-card__heading", "wf-callout__heading"];

    private readonly Dictionary<string, GlossaryTerm> byForm;
    private readonly int longestForm;
    private readonly string glossaryPath;

    public GlossaryLinker(IEnumerable<GlossaryTerm> terms, string lang)
    {
        glossaryPath = lang == Languages.French ? "/fr/glossaire" : "/en/glossary";
        byForm = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            foreach (var form in term.Forms.Where(f => f.Length > 1))
            {
                byForm.TryAdd(Normalise(form), term);
            }
        }

        longestForm = byForm.Keys.Select(k => WordPattern().Count(k)).DefaultIfEmpty(0).Max();
    }

    public static IReadOnlyList<ContentItem> LinkAll(IReadOnlyList<ContentItem> items) =>
        Languages.All.SelectMany(lang =>
        {
            var linker = new GlossaryLinker(items.OfType<GlossaryTerm>().Where(t => t.Lang == lang), lang);
            // Pages are independent; link them on every core (start-up time budget).
            return items.Where(i => i.Lang == lang).AsParallel().AsOrdered().Select(i => i.Url is null ? i : i with { Html = linker.Link(i.Html) });
        }).ToList();

    public string Link(string html)
    {
        if (byForm.Count == 0)
        {
            return html;
        }

        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var textNodes = document.Body!.Descendants<IText>().Where(t => !IsSkipped(t)).ToList();
        foreach (var text in textNodes)
        {
            var value = text.Data;
            var position = 0;
            var replacement = new List<INode>();
            foreach (var (index, length, term) in Matches(value))
            {
                if (!linked.Add(term.Id))
                {
                    continue;
                }

                replacement.Add(document.CreateTextNode(value[position..index]));
                replacement.AddRange(TermNodes(document, term, value.Substring(index, length)));
                position = index + length;
            }

            if (replacement.Count == 0)
            {
                continue;
            }

            replacement.Add(document.CreateTextNode(value[position..]));
            var parent = text.Parent!;
            foreach (var node in replacement)
            {
                parent.InsertBefore(node, text);
            }

            parent.RemoveChild(text);
        }

        return document.Body!.InnerHtml;
    }

    /// <summary>
    /// Terms in a run of text, longest form first at each word ("carcinoid syndrome" before
    /// "carcinoid"), whole words only. Abbreviations match only as written ("WHO", not "who").
    /// Looking words up in a dictionary keeps this fast with hundreds of forms.
    /// </summary>
    private IEnumerable<(int Index, int Length, GlossaryTerm Term)> Matches(string text)
    {
        var words = WordPattern().Matches(text);
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = Math.Min(longestForm, words.Count - i); n >= 1; n--)
            {
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                var candidate = text[start..end];
                if (!byForm.TryGetValue(Normalise(candidate), out var term))
                {
                    continue;
                }

                var exact = term.Forms.Any(f => string.Equals(Normalise(f), Normalise(candidate),
                    f.Count(char.IsUpper) >= 2 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
                if (exact)
                {
                    yield return (start, end - start, term);
                    i += n - 1;
                    break;
                }
            }
        }
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private IEnumerable<INode> TermNodes(IDocument document, GlossaryTerm term, string text)
    {
        var definitionId = "term-" + term.Id;
        var link = document.CreateElement("a");
        link.ClassName = "wf-term";
        link.SetAttribute("href", $"{glossaryPath}#{term.Id}");
        link.SetAttribute("aria-describedby", definitionId);
        link.TextContent = text;

        var definition = document.CreateElement("span");
        definition.ClassName = "wf-term__definition";
        definition.Id = definitionId;
        definition.SetAttribute("role", "tooltip");
        definition.TextContent = term.Expansion is null ? term.Summary : $"{term.Expansion}: {term.Summary}";
        return [link, definition];
    }

    private static bool IsSkipped(INode node)
    {
        for (var parent = node.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (SkipInside.Contains(parent.TagName) || SkipClasses.Any(c => parent.ClassList.Contains(c)))
            {
                return true;
            }
        }

        return false;
    }
}
