using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Wayfinder.Content.Markdown;

/// <summary>Changes to rendered HTML when pages are combined into one ("View all").</summary>
public static class HtmlTransforms
{
    /// <summary>
    /// Splits rendered HTML into its level-2 sections: the text before the first <c>h2</c> (id
    /// null), then each <c>h2</c> with everything up to the next one, keyed by the heading's id.
    /// </summary>
    public static IReadOnlyList<(string? Id, string Html)> SplitSections(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var sections = new List<(string? Id, System.Text.StringBuilder Html)> { (null, new System.Text.StringBuilder()) };
        foreach (var node in document.Body!.ChildNodes)
        {
            if (node is IElement { TagName: "H2" } heading)
            {
                sections.Add((heading.Id, new System.Text.StringBuilder()));
            }

            sections[^1].Html.Append(node is IElement element ? element.OuterHtml : node is IText text ? System.Net.WebUtility.HtmlEncode(text.Data) : "");
        }

        return sections.Where(s => s.Id is not null || s.Html.ToString().Trim().Length > 0).Select(s => (s.Id, s.Html.ToString())).ToList();
    }

    /// <summary>
    /// Prefixes every id, and every reference to one (<c>#anchor</c> links, aria-describedby,
    /// aria-labelledby), so pages combined on one page keep unique ids that still work.
    /// Headings are moved down by <paramref name="demoteBy"/> levels to sit under a section heading.
    /// </summary>
    public static string ForCombinedPage(string html, string prefix, int demoteBy)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var element in document.Body!.Descendants<IElement>().ToList())
        {
            if (element.Id is { Length: > 0 } id)
            {
                element.Id = prefix + id;
            }

            foreach (var attribute in new[] { "aria-describedby", "aria-labelledby", "popovertarget" })
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } refs)
                {
                    element.SetAttribute(attribute, string.Join(' ', refs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r => prefix + r)));
                }
            }

            if (element.TagName == "A" && element.GetAttribute("href") is { } href && href.StartsWith('#'))
            {
                element.SetAttribute("href", "#" + prefix + href[1..]);
            }
        }

        if (demoteBy > 0)
        {
            foreach (var heading in document.Body!.QuerySelectorAll("h1, h2, h3, h4, h5").ToList())
            {
                var level = Math.Min(6, heading.TagName[1] - '0' + demoteBy);
                var replacement = document.CreateElement("h" + level);
                foreach (var attribute in heading.Attributes)
                {
                    replacement.SetAttribute(attribute.Name, attribute.Value);
                }

                while (heading.FirstChild is { } child)
                {
                    replacement.AppendChild(child);
                }

                heading.Replace(replacement);
            }
        }

        return document.Body!.InnerHtml;
    }
}
