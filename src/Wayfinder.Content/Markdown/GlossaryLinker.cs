using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Wayfinder.Content.Model;

namespace Wayfinder.Content.Markdown;

/// <summary>
/// Marks the first use of each glossary term on a page. The term becomes a button that opens its
/// definition in place, in a popover: the browser opens it on a tap, Enter or Space and closes it
/// on Escape or a tap elsewhere, without JavaScript, so a reader on a phone learns the word without
/// leaving the page. The popover links on to the term in the A-Z glossary.
/// </summary>
public sealed partial class GlossaryLinker
{
    private static readonly string[] SkipInside = ["A", "H1", "H2", "H3", "H4", "H5", "H6", "CODE", "PRE", "BUTTON", "LABEL"];
    private static readonly string[] SkipClasses = ["wf-wallet-card", "wf-card__heading", "wf-callout__heading"];

    /// <summary>Normalised form (case-insensitive key) to the terms written that way, with
    /// whether the form must match case (abbreviations such as "WHO").</summary>
    private readonly Dictionary<string, List<(string Form, bool MatchCase, GlossaryTerm Term)>> byForm;

    /// <summary>First words of every form: most words on a page start no term, and are skipped at once.</summary>
    private readonly HashSet<string> firstWords;
    private readonly int longestForm;
    private readonly string glossaryPath;
    private readonly string moreLabel;

    /// <summary>The link's words when no site configuration gives them (a folder without site.yaml, tests).</summary>
    private const string DefaultMoreLabel = "In the glossary";

    /// <param name="moreLabel">The words of the link on to the glossary (<c>glossary_more</c>).</param>
    public GlossaryLinker(IEnumerable<GlossaryTerm> terms, string lang, string moreLabel = DefaultMoreLabel)
    {
        glossaryPath = Site.SiteRoutes.Glossary.Path(lang);
        this.moreLabel = moreLabel;
        byForm = new Dictionary<string, List<(string, bool, GlossaryTerm)>>(StringComparer.OrdinalIgnoreCase);
        firstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            foreach (var form in term.Forms.Where(f => f.Length > 1).Select(Normalise))
            {
                if (!byForm.TryGetValue(form, out var entries))
                {
                    byForm[form] = entries = [];
                }

                // The first term to claim a spelling keeps it, as before; its own other casings join it.
                if (entries.Count == 0 || entries[0].Term == term)
                {
                    entries.Add((form, form.Count(char.IsUpper) >= 2, term));
                }

                if (WordPattern().Match(form) is { Success: true, Index: 0 } first)
                {
                    firstWords.Add(first.Value);
                }
            }
        }

        longestForm = byForm.Keys.Select(k => WordPattern().Count(k)).DefaultIfEmpty(0).Max();
    }

    public static IReadOnlyList<ContentItem> LinkAll(IReadOnlyList<ContentItem> items, Site.SiteConfig? site = null) =>
        Languages.All.SelectMany(lang =>
        {
            var more = site?.Languages.GetValueOrDefault(lang)?["glossary_more"] ?? DefaultMoreLabel;
            var linker = new GlossaryLinker(items.OfType<GlossaryTerm>().Where(t => t.Lang == lang), lang, more);
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
                replacement.AddRange(TermNodes(document, term, value.Substring(index, length), "gl" + linked.Count));
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
    /// Terms in a run of text, longest form first at each word ("low blood sugar" before
    /// "blood sugar"), whole words only. Abbreviations match only as written ("WHO", not "who").
    /// Words are looked up as spans in dictionaries, without allocating, since this runs over
    /// every text node of every page at start-up.
    /// </summary>
    private List<(int Index, int Length, GlossaryTerm Term)> Matches(string text)
    {
        var found = new List<(int, int, GlossaryTerm)>();
        var words = new List<(int Index, int Length)>();
        foreach (var word in WordPattern().EnumerateMatches(text))
        {
            words.Add((word.Index, word.Length));
        }

        var firstWordLookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var formLookup = byForm.GetAlternateLookup<ReadOnlySpan<char>>();
        var key = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (!firstWordLookup.Contains(text.AsSpan(words[i].Index, words[i].Length)))
            {
                continue;
            }

            for (var n = Math.Min(longestForm, words.Count - i); n >= 1; n--)
            {
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                var candidate = CollapseSpace(text.AsSpan(start, end - start), key);
                if (formLookup.TryGetValue(candidate, out var forms) && ExactMatch(candidate, forms) is { } term)
                {
                    found.Add((start, end - start, term));
                    i += n - 1;
                    break;
                }
            }
        }

        return found;
    }

    private static GlossaryTerm? ExactMatch(ReadOnlySpan<char> candidate, List<(string Form, bool MatchCase, GlossaryTerm Term)> forms)
    {
        foreach (var (form, matchCase, term) in forms)
        {
            if (matchCase ? candidate.SequenceEqual(form) : candidate.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>The text with each run of white space as one space, as forms are stored.</summary>
    private static ReadOnlySpan<char> CollapseSpace(ReadOnlySpan<char> text, System.Text.StringBuilder buffer)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        buffer.Clear();
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace)
            {
                buffer.Append(' ');
                inSpace = false;
            }

            buffer.Append(c);
        }

        return buffer.ToString();
    }

    private static bool IsCollapsed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && text[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalise(string text) => WhiteSpace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <remarks>
    /// The markup is kept small on purpose: a hub page defines about fifty terms and must stay
    /// under its HTML budget. The button is tied to its popover by <c>popovertarget</c>, which
    /// browsers expose as expanded or collapsed and as the popover's details, so a screen reader
    /// reads the definition right after the word once it is opened.
    /// </remarks>
    private IEnumerable<INode> TermNodes(IDocument document, GlossaryTerm term, string text, string popoverId)
    {
        var button = document.CreateElement("button");
        button.ClassName = "wf-term";
        button.SetAttribute("popovertarget", popoverId);
        button.TextContent = text;

        // A span, not a div: the popover sits inside the sentence's paragraph.
        var popover = document.CreateElement("span");
        popover.ClassName = "wf-term-def";
        popover.Id = popoverId;
        popover.SetAttribute("popover", "");
        // French puts a non-breaking space before the colon.
        popover.AppendChild(document.CreateTextNode(
            (term.Expansion is null ? term.Summary : $"{term.Expansion}{(term.Lang == Languages.French ? "\u00a0:" : ":")} {term.Summary}") + " "));

        var more = document.CreateElement("a");
        more.SetAttribute("href", $"{glossaryPath}#{term.Anchor}");
        more.TextContent = moreLabel;
        popover.AppendChild(more);
        return [button, popover];
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
