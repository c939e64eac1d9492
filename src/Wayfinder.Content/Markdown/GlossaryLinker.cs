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
public sealed class GlossaryLinker
{
    private static readonly string[] SkipInside = ["A", "H1", "H2", "H3", "H4", "H5", "H6", "CODE", "PRE", "BUTTON", "LABEL"];
    private static readonly string[] SkipClasses = ["wf-wallet-card", "wf-card__heading", "wf-callout__heading"];

    private readonly Dictionary<string, GlossaryTerm> byForm;
    private readonly Regex? pattern;
    private readonly string glossaryPath;

    public GlossaryLinker(IEnumerable<GlossaryTerm> terms, string lang)
    {
        glossaryPath = lang == Languages.French ? "/fr/glossaire" : "/en/glossary";
        byForm = new Dictionary<string, GlossaryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            foreach (var form in term.Forms.Where(f => f.Length > 1))
            {
                byForm.TryAdd(form, term);
            }
        }

        if (byForm.Count > 0)
        {
            // Longest forms first, so "carcinoid syndrome" wins over "carcinoid".
            var alternation = string.Join('|', byForm.Keys.OrderByDescending(f => f.Length).Select(Regex.Escape));
            pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }

    public static IReadOnlyList<ContentItem> LinkAll(IReadOnlyList<ContentItem> items) =>
        Languages.All.SelectMany(lang =>
        {
            var linker = new GlossaryLinker(items.OfType<GlossaryTerm>().Where(t => t.Lang == lang), lang);
            return items.Where(i => i.Lang == lang).Select(i => i.Url is null ? i : i with { Html = linker.Link(i.Html) });
        }).ToList();

    public string Link(string html)
    {
        if (pattern is null)
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
            foreach (Match match in pattern.Matches(value))
            {
                var term = byForm[match.Value];
                // Abbreviations match only as written ("WHO", not "who"); words match in any case.
                var exact = term.Forms.Any(f => string.Equals(f, match.Value,
                    f.Count(char.IsUpper) >= 2 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
                if (!exact || !linked.Add(term.Id))
                {
                    continue;
                }

                replacement.Add(document.CreateTextNode(value[position..match.Index]));
                replacement.AddRange(TermNodes(document, term, match.Value));
                position = match.Index + match.Length;
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
