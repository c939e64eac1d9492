using Wayfinder.Content.Loading;
using Wayfinder.Data;
using Wayfinder.Data.Feedback;
using Wayfinder.Web.Infrastructure;

namespace Wayfinder.Web.Features.Feedback;

/// <summary>
/// <c>POST /feedback</c>: "Was this page helpful? Yes / No", with an optional comment, from the
/// form at the foot of every content page. Like the banner form it sits on cached pages, so it
/// accepts only same-origin posts (ADR 0004); it is rate limited, and it keeps nothing about the
/// person (see <see cref="PageFeedback"/>). Answers 303 to a thank-you page.
/// </summary>
public static class FeedbackEndpoint
{
    public static void MapFeedback(this IEndpointRouteBuilder app) =>
        app.MapPost("/feedback", HandleAsync).DisableAntiforgery().RequireRateLimiting(RequestLimits.Api).ExcludeFromDescription();


    private static async Task<IResult> HandleAsync(HttpContext context, ContentStore store, WayfinderDbContext db, TimeProvider time, ILogger<PageFeedback> logger)
    {
        if (!SameOrigin.Check(context.Request))
        {
            return TypedResults.Problem(statusCode: 403, title: "Cross-site request refused", detail: "This form can only be sent from this website.");
        }

        if (!context.Request.HasFormContentType)
        {
            return Invalid("form", "send the form fields 'page', 'helpful' and 'comment'");
        }

        if (await Forms.ReadAsync(context) is not { } form)
        {
            return Invalid("form", "the form could not be read: send 'page', 'helpful' and 'comment', URL-encoded and within the size limits");
        }

        var path = form["page"].ToString();
        if (path.Length > 300 || store.Current.FindByUrl(path) is not { } item)
        {
            return Invalid("page", "'page' must be the address of a page on this site");
        }

        var helpful = form["helpful"].ToString();
        if (helpful is not ("yes" or "no"))
        {
            return Invalid("helpful", "'helpful' must be 'yes' or 'no'");
        }

        var comment = form["comment"].ToString().Trim();
        if (comment.Length > PageFeedbackLimits.CommentLength)
        {
            return Invalid("comment", $"'comment' must be {PageFeedbackLimits.CommentLength} characters or fewer");
        }

        var saved = true;
        try
        {
            db.PageFeedback.Add(new PageFeedback
            {
                Path = path,
                Helpful = helpful == "yes",
                Comment = comment.Length == 0 ? null : Scrub(comment),
                Day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            });
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (Exception ex) when (DatabaseErrors.IsUnreachable(ex) || ex is Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // The comment is not logged: it may hold what a person would not want kept.
            logger.LogWarning("Page feedback for {Path} could not be saved: {Error}", path, ex.GetType().Name);
            saved = false;
        }

        context.Response.Headers.Location = $"{Wayfinder.Content.Site.SiteRoutes.Feedback.Path(item.Lang)}?return={Uri.EscapeDataString(path)}" + (saved ? "" : "&saved=0");
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>Removes what would identify someone if a person types it despite the advice (see <see cref="PersonalDetails"/>).</summary>
    public static string Scrub(string comment) => PersonalDetails.Scrub(comment).Trim();

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The feedback form is not valid");

}
