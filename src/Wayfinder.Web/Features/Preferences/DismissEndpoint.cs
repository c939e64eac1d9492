namespace Wayfinder.Web.Features.Preferences;

/// <summary>
/// <c>POST /preferences/dismiss</c> closes a banner or notice, with or without JavaScript.
/// The form sits on pages that are output-cached and shared between visitors, so it cannot carry a
/// per-visitor antiforgery token; instead the request must come from our own origin (Origin or
/// Sec-Fetch-Site headers), see docs/adr/0004-forms-on-cached-pages.md. It only ever sets a
/// preference cookie.
/// </summary>
public static class DismissEndpoint
{
    public static void MapDismiss(this IEndpointRouteBuilder app) =>
        app.MapPost("/preferences/dismiss", Handle).DisableAntiforgery().RequireRateLimiting(Infrastructure.RequestLimits.Api).ExcludeFromDescription();

    internal static IResult Handle(HttpContext context)
    {
        if (!Infrastructure.SameOrigin.Check(context.Request))
        {
            return TypedResults.Problem(statusCode: 403, title: "Cross-site request refused",
                detail: "This form can only be sent from this website.");
        }

        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid request", detail: "Send the form fields 'id' and 'return'.");
        }

        var form = context.Request.Form;
        var id = form["id"].ToString();
        if (!Dismissals.IsValidId(id))
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid field 'id'",
                detail: "'id' must name a banner or notice (lower-case letters, digits and hyphens).");
        }

        Dismissals.Add(context, id);
        // 303 See Other: the browser follows with a GET of the page it came from.
        context.Response.Headers.Location = SafeReturn(form["return"].ToString());
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>Only local paths, so the form cannot be used to send people to another site.</summary>
    public static string SafeReturn(string? value) =>
        !string.IsNullOrEmpty(value) && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal)
            && !value.StartsWith("/\\", StringComparison.Ordinal) && value.Length < 2000 && !value.Any(char.IsControl)
            ? value
            : "/";
}
