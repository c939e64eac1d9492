using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Feedback;

/// <summary><c>/en/feedback</c> and its French path (route table): where the feedback form lands.</summary>
public sealed class FeedbackThanksModel(PageChromeFactory chromeFactory) : WayfinderPageModel
{
    public bool Saved { get; private set; }
    public string ReturnPath { get; private set; } = "/";
    public string? ReturnTitle { get; private set; }

    public IActionResult OnGet([FromQuery(Name = "return")] string? returnPath, [FromQuery] string? saved)
    {
        var lang = RequestLanguage;
        var text = chromeFactory.Snapshot.Site.For(lang);
        Saved = saved != "0";
        ReturnPath = Preferences.DismissEndpoint.SafeReturn(returnPath);
        ReturnTitle = chromeFactory.Snapshot.FindByUrl(ReturnPath)?.Title;
        var title = Saved ? text["feedback_thanks_title"] : text["feedback_failed_title"];
        Chrome = chromeFactory.Create(HttpContext, lang, title, title, alternatePath: Wayfinder.Content.Site.SiteRoutes.Feedback.Path(lang == "fr" ? "en" : "fr"), noIndex: true);
        return Page();
    }
}
