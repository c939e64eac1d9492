using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Errors;

/// <summary>
/// The page shown for 404s and errors, in the language of the address the visitor asked for.
/// It never shows exception details: those go to the log.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(PageChromeFactory chromeFactory) : WayfinderPageModel
{
    public int Code { get; private set; }
    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    // The code is read from the route, never bound: binding would read the form of the request
    // that failed, and a malformed form must not fail its own error page.
    public IActionResult OnGet() => Render(RouteCode());

    public IActionResult OnPost() => Render(RouteCode());

    /// <summary>The error page answers whatever method the failed request used (PUT, DELETE...).</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = Render(RouteCode());
        }
    }

    /// <summary>
    /// The status to show. After an exception, the exception handler has already chosen it (a form
    /// that cannot be read is the client's 400, not our 500): keep that rather than the route's.
    /// </summary>
    private int RouteCode() =>
        HttpContext.Features.Get<IExceptionHandlerFeature>() is not null && Response.StatusCode is >= 400 and < 500
            ? Response.StatusCode
            : int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 500;

    private PageResult Render(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? Request.Path.Value ?? "/";
        var lang = original.StartsWith("/fr", StringComparison.Ordinal) ? Languages.French : Languages.English;
        var text = chromeFactory.Snapshot.Site.For(lang);
        Chrome = chromeFactory.Create(HttpContext, lang,
            IsNotFound ? text["not_found_title"] : text["error_title"],
            IsNotFound ? text["not_found_text"] : text["error_text"], noIndex: true);
        Response.StatusCode = Code;
        return Page();
    }
}
