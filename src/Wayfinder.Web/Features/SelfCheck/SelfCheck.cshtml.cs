using Wayfinder.Content.Questionnaires;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;
using Wayfinder.Symptoms;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.SelfCheck;

/// <summary>
/// <c>/en/self-check</c> and its French path (route table): the ESAS-r form (GET), and its result
/// (POST, with an antiforgery token). Works fully without JavaScript. The answers live only in
/// the request and the page sent back: nothing is stored or logged.
/// </summary>
public sealed class SelfCheckModel(PageChromeFactory chromeFactory, SelfCheckService service, TimeProvider time, Infrastructure.PdfRenderer pdf, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, ILogger<SelfCheckModel> logger) : WayfinderPageModel
{
    public Questionnaire Questionnaire => service.Questionnaire;
    public string Lang { get; private set; } = Languages.English;
    public IReadOnlyList<InputError> Errors { get; private set; } = [];
    public SelfCheckResult? Result { get; private set; }

    /// <summary>What the person entered, so the form keeps it when there are errors.</summary>
    public Dictionary<string, string> Entered { get; } = new(StringComparer.Ordinal);

    /// <summary>True when form tokens cannot be made (the shared key store is out of reach).</summary>
    public bool FormUnavailable { get; private set; }

    /// <summary>When the result was made, in the person's language, for the printed page and the PDF.</summary>
    public string Completed { get; private set; } = "";

    /// <summary>The result as a FHIR QuestionnaireResponse, for the "keep on this device" choice.</summary>
    public string? ResponseJson { get; private set; }

    public IActionResult OnGet()
    {
        Prepare();
        try
        {
            antiforgery.GetAndStoreTokens(HttpContext);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or InvalidOperationException or StackExchange.Redis.RedisException or TimeoutException)
        {
            // Several nodes keep their form keys in Redis; a node that starts while Redis is
            // away cannot sign a form. Say so, rather than fail.
            logger.LogError(ex, "The self-check form cannot be signed: the data protection keys are unavailable");
            FormUnavailable = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }

        return Page();
    }

    public IActionResult OnPost()
    {
        Prepare();
        var input = ReadForm(requireAll: true);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result = service.Evaluate(input);
        ShowResult(input);
        return Page();
    }

    /// <summary>The result is a page of its own: its title leads with the advice, so it is the first thing heard.</summary>
    private void ShowResult(SelfCheckInput input)
    {
        var text = chromeFactory.Snapshot.Site.For(Lang);
        var level = service.Questionnaire.Advice(Result!.Urgency);
        Chrome = chromeFactory.Create(HttpContext, Lang, $"{level.Title[Lang]} – {text["self_check_result_title"]}", text["self_check_intro"],
            alternatePath: SiteRoutes.SelfCheckPath(Languages.Other(Lang)));
        var moment = time.GetUtcNow();
        // The result as the FHIR file the person may keep on their device (record.js); '<' is
        // escaped so the JSON cannot end its script element early.
        ResponseJson = FhirMapping.ToCompactJson(service.Fhir.ToResponse(input, moment))
            .Replace("<", "\\u003c", StringComparison.Ordinal);
        Completed = string.Format(OntarioTime.Culture(Lang), text["self_check_completed"], OntarioTime.DateAndTime(moment, Lang));
    }

    /// <summary>Downloads the answers as a FHIR R4 QuestionnaireResponse, built from the form the result page re-sends.</summary>
    public IActionResult OnPostFhir()
    {
        Prepare();
        var input = ReadForm(requireAll: false);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // A person's answers: no browser, proxy or CDN may keep a copy.
        Response.Headers.CacheControl = "no-store";
        var json = FhirMapping.ToJson(service.Fhir.ToResponse(input, time.GetUtcNow()));
        return File(System.Text.Encoding.UTF8.GetBytes(json), "application/fhir+json", "esas-r-self-check.json");
    }

    /// <summary>Offered only where Chromium can print (see PdfRenderer).</summary>
    public bool PdfAvailable => pdf.IsAvailable;

    /// <summary>The result as a PDF, printed from the answers the result page re-sends.</summary>
    public async Task<IActionResult> OnPostPdfAsync(CancellationToken cancellation)
    {
        Prepare();
        ReadForm(requireAll: true);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Response.Headers.CacheControl = "no-store";
        var answers = Entered.Where(e => e.Value.Length > 0 && e.Value != "no").ToDictionary(e => e.Key, e => e.Value);
        var outcome = await pdf.RenderSelfCheckAsync(SiteRoutes.SelfCheckPath(Lang), answers, cancellation);
        if (outcome.Pdf is { } bytes)
        {
            return File(bytes, "application/pdf", "self-check.pdf");
        }

        Response.Headers.RetryAfter = outcome.RetryAfterSeconds;
        return new ObjectResult(new ProblemDetails { Status = 503, Title = "PDF unavailable", Detail = outcome.Problem }) { StatusCode = 503 };
    }

    public string FieldId(string field) => field.StartsWith("scores.", StringComparison.Ordinal)
        ? $"score-{field["scores.".Length..]}-0"
        : field.StartsWith("redFlags.", StringComparison.Ordinal) ? $"flag-{field["redFlags.".Length..]}" : "self-check";

    private void Prepare()
    {
        Lang = RequestLanguage;
        var text = chromeFactory.Snapshot.Site.For(Lang);
        Chrome = chromeFactory.Create(HttpContext, Lang, text["self_check_title"], text["self_check_intro"],
            alternatePath: SiteRoutes.SelfCheckPath(Languages.Other(Lang)));
    }

    private SelfCheckInput ReadForm(bool requireAll)
    {
        var (input, readErrors) = SelfCheckReader.FromForm(Questionnaire, Lang, name =>
        {
            var value = Request.Form[name].ToString();
            Entered[name] = value;
            return value;
        });

        // The engine's rules, as the API applies them; a ticked danger sign is answered at once,
        // so missing scores are asked for only when none is ticked. Messages in the person's
        // language, in the order of the form.
        var text = chromeFactory.Snapshot.Site.For(Lang);
        Errors = SelfCheckReader.Check(service.Engine, input, readErrors, requireAll)
            .Select(e => new InputError(e.Field, Localise(e.Field, text)))
            .OrderBy(e => Order(e.Field))
            .ToList();
        return input;
    }

    private string Localise(string field, SiteLanguage text)
    {
        var id = field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return field.StartsWith("redFlags.", StringComparison.Ordinal) && Questionnaire.FindRedFlag(id) is { } flag
            ? string.Format(CultureInfo.InvariantCulture, text["self_check_error_flag"], flag.Question[Lang])
            : Questionnaire.FindItem(id) is { } item
                ? string.Format(CultureInfo.InvariantCulture, text["self_check_error_score"], item.Text[Lang])
                : text["self_check_error_title"];
    }

    private int Order(string field)
    {
        var id = field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..];
        // Danger signs come first on the form, so their errors come first too.
        var flag = Questionnaire.RedFlags.FindIndex(f => f.Id == id);
        return flag >= 0 ? flag : 100 + Questionnaire.Items.FindIndex(i => i.Id == id);
    }
}
