using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;

namespace Wayfinder.Web.Features.Shared;

/// <summary>
/// What every page sets up the same way, once: the language of the address it was asked for, and
/// the <see cref="PageChrome"/> the layout draws the frame from (setting it hands it to the layout).
/// </summary>
public abstract class WayfinderPageModel : PageModel
{
    private PageChrome? chrome;

    public PageChrome Chrome
    {
        get => chrome ?? throw new InvalidOperationException("The page has not set its chrome yet.");
        protected set
        {
            chrome = value;
            ViewData[PageChrome.ViewDataKey] = value;
        }
    }

    /// <summary>French under <c>/fr</c>, English everywhere else.</summary>
    protected string RequestLanguage => Request.Path.StartsWithSegments("/fr") ? Languages.French : Languages.English;
}
