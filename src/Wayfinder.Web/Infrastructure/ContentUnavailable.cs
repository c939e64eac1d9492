namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// The page a node answers while it has no content it can show (the content failed to load):
/// 503 with Retry-After, in both languages, and the help a person may need right now. It is
/// written without the site's layout, which itself needs the content. No operator instructions:
/// those are in the log and in readiness.
/// </summary>
public static class ContentUnavailable
{
    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not available right now – Wayfinder</title></head>
        <body>
        <main>
        <h1>This site is not available right now</h1>
        <p>Please try again in a few minutes. If a symptom worries you, call your care team, or Health811 at 811. In an emergency, call 911.</p>
        <div lang="fr">
        <h2>Ce site n'est pas disponible pour le moment</h2>
        <p>Veuillez réessayer dans quelques minutes. Si un symptôme vous inquiète, appelez votre équipe de soins ou Santé811 au 811. En cas d'urgence, composez le 911.</p>
        </div>
        </main>
        </body>
        </html>
        """;

    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "60";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Html, context.RequestAborted);
    }
}
