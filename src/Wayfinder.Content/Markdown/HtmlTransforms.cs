using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Wayfinder.Content.Markdown;

/// <summary>Changes to rendered HTML when pages are combined into one ("View all").</summary>
public static class HtmlTransforms
{
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

            foreach (var attribute in new[] { "aria-describedby", "aria-labelledby" })
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
