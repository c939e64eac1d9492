using Wayfinder.Content.Markdown;
using Wayfinder.Content.Model;

namespace Wayfinder.Web.Features.Content;

/// <summary>One section of the "View all" page: a whole page, its headings one level down.</summary>
public sealed record ViewAllSection(string Id, string Title, ContentItem Item, string Html);

/// <summary>
/// A hub and all its topic pages as one page, in the hub's reading order, for reading offline
/// and printing. Ids are prefixed per section so anchors stay unique and keep working.
/// </summary>
public sealed record ViewAllPage(CancerType Hub, IReadOnlyList<ViewAllSection> Sections)
{
    public static ViewAllPage Build(CancerType hub, IReadOnlyList<ContentItem> topics)
    {
        var sections = topics.Prepend(hub)
            .Select(item => new ViewAllSection(item.Id, item.Title, item, HtmlTransforms.ForCombinedPage(item.Html, item.Id + "--", demoteBy: 1)))
            .ToList();
        return new ViewAllPage(hub, sections);
    }
}
