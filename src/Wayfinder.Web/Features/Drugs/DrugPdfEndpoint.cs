using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;
using Wayfinder.Web.Infrastructure;

namespace Wayfinder.Web.Features.Drugs;

/// <summary><c>GET /en/drugs/{slug}/pdf</c> and <c>/en/drugs/{slug}/{monograph}/pdf</c>: the patient
/// sheet or the provider monograph as a PDF download.</summary>
public static class DrugPdfEndpoint
{
    /// <summary>503 with Retry-After: busy (the queue is full) or the print failed.</summary>
    public static IResult Unavailable(HttpContext context, PdfRenderer.Outcome outcome)
    {
        context.Response.Headers.RetryAfter = outcome.RetryAfterSeconds;
        return Results.Problem(statusCode: 503, title: "PDF unavailable", detail: outcome.Problem);
    }

    public static void MapDrugPdf(this IEndpointRouteBuilder app)
    {
        // HEAD too: link checkers and download managers ask before they fetch.
        var route = SiteRoutes.DrugPdf;
        foreach (var lang in Languages.All)
        {
            var sheets = SiteRoutes.Drugs.Path(lang);
            app.MapMethods(route.Path(lang), [HttpMethods.Get, HttpMethods.Head], (string slug, HttpContext context, ContentStore store, PdfRenderer pdf, CancellationToken cancellation) =>
                Render(sheets + "/" + slug, context, store, pdf, cancellation)).RequireRateLimiting(Infrastructure.RequestLimits.Costly).ExcludeFromDescription();
            app.MapMethods(SiteRoutes.DrugMonographPdf.Path(lang), [HttpMethods.Get, HttpMethods.Head], (string slug, string page, HttpContext context, ContentStore store, PdfRenderer pdf, CancellationToken cancellation) =>
                Render(sheets + "/" + slug + "/" + page, context, store, pdf, cancellation)).RequireRateLimiting(Infrastructure.RequestLimits.Costly).ExcludeFromDescription();
        }
    }

    private static async Task<IResult> Render(string path, HttpContext context, ContentStore store, PdfRenderer pdf, CancellationToken cancellation)
    {
        var fileName = store.Current.FindByUrl(path) switch
        {
            Drug drug => drug.Slug,
            DrugMonograph monograph when store.Current.SheetOf(monograph) is { } sheet => $"{sheet.Slug}-{monograph.Url![(monograph.Url!.LastIndexOf('/') + 1)..]}",
            _ => null,
        };
        if (fileName is null || !pdf.IsAvailable)
        {
            return Results.NotFound();
        }

        var outcome = await pdf.RenderAsync(path, cancellation);
        return outcome.Pdf is { } bytes
            ? Results.File(bytes, "application/pdf", $"{fileName}.pdf")
            : Unavailable(context, outcome);
    }
}
