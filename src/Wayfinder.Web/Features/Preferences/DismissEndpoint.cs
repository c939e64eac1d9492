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
        app.MapPost("/preferences/dismiss", (Delegate)Handle).DisableAntiforgery().RequireRateLimiting(Infrastructure.RequestLimits.Api).ExcludeFromDescription();

    internal static async Task<IResult> Handle(HttpContext context)
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

        if (await Infrastructure.Forms.ReadAsync(context) is not { } form)
        {
            return TypedResults.Problem(statusCode: 400, title: "Invalid form", detail: "The form could not be read: send the fields 'id' and 'return', URL-encoded and within the size limits.");
        }

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

    /// <summary>
    /// Only local paths, so the form cannot be used to send people to another site. Characters a
    /// Location header cannot carry (é, a lone surrogate) are percent-encoded as UTF-8, or the
    /// path is refused.
    /// </summary>
    public static string SafeReturn(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal)
            || value.StartsWith("/\\", StringComparison.Ordinal) || value.Length >= 2000 || value.Any(char.IsControl))
        {
            return "/";
        }

        if (value.All(char.IsAscii))
        {
            return value;
        }

        // Half of a surrogate pair is no character at all: nothing to encode.
        if (System.Text.Unicode.Utf8.FromUtf16(value, new byte[value.Length * 3], out _, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            return "/";
        }

        try
        {
            var encoded = new System.Text.StringBuilder();
            Span<byte> bytes = stackalloc byte[4];
            foreach (var rune in value.EnumerateRunes())
            {
                if (rune.IsAscii)
                {
                    encoded.Append((char)rune.Value);
                    continue;
                }

                foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
                {
                    encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return encoded.ToString();
        }
        catch (ArgumentException)
        {
            return "/";
        }
    }
}
