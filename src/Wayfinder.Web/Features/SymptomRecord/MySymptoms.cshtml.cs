using System.Globalization;
using Bundle = Hl7.Fhir.Model.Bundle;
using Microsoft.AspNetCore.Mvc;
using Wayfinder.Content.Model;
using Wayfinder.Content.Questionnaires;
using Wayfinder.Content.Site;
using Wayfinder.Symptoms;
using Wayfinder.Web.Features.SelfCheck;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.SymptomRecord;

/// <summary>
/// <c>/en/my-symptoms</c> and its French path (route table): a person's self-check results over
/// time. The results live on the person's device: kept in the browser by the self-check's script,
/// or saved as FHIR files. They reach the server only inside a request (an upload, or the page's
/// own forms), are read in memory, answered, and dropped: no file, log line, cache entry or metric
/// holds them. Every answer is marked <c>no-store</c>.
/// </summary>
/// <remarks>
/// No form token: these posts change nothing and store nothing, and the answer goes only to the
/// person who sent the files. Skipping it also keeps ASP.NET from reading the form itself, which
/// would write large uploads to a temporary file (see <see cref="RecordUpload"/>). For the same
/// reason no handler takes a parameter: binding one makes MVC read the whole form first.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class MySymptomsModel(PageChromeFactory chromeFactory, SelfCheckService selfCheck, TimeProvider time, Infrastructure.PdfRenderer pdf) : WayfinderPageModel
{
    public Questionnaire Questionnaire => selfCheck.Questionnaire;
    public string Lang { get; private set; } = Languages.English;

    /// <summary>The record the request carried; null on the empty page (GET).</summary>
    public Wayfinder.Symptoms.SymptomRecord? Record { get; private set; }

    /// <summary>The results of <see cref="Record"/> as compact FHIR JSON, re-sent by the page's summary forms.</summary>
    public IReadOnlyList<string> Kept { get; private set; } = [];

    /// <summary>The results came from this browser's own store (the page offers to delete them).</summary>
    public bool FromDevice { get; private set; }

    public int PeriodWeeks { get; private set; } = RecordUpload.DefaultPeriod;

    /// <summary>The visit summary: one printable page for the care team.</summary>
    public bool Summary { get; private set; }

    /// <summary>When the summary's period starts and ends (Toronto time).</summary>
    public DateTimeOffset PeriodFrom { get; private set; }
    public DateTimeOffset PeriodTo { get; private set; }

    /// <summary>What was wrong with the request as a whole (no files chosen), in the page's language.</summary>
    public string? FormProblem { get; private set; }

    public bool PdfAvailable => pdf.IsAvailable;

    public IActionResult OnGet()
    {
        Prepare();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellation = HttpContext.RequestAborted;
        Prepare();
        await ReadAsync(cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostSummaryAsync()
    {
        var cancellation = HttpContext.RequestAborted;
        Prepare();
        if (await ReadAsync(cancellation) && Record is { } record)
        {
            Summary = true;
            PeriodTo = OntarioTime.Local(time.GetUtcNow());
            PeriodFrom = PeriodTo.AddDays(-7 * PeriodWeeks);
            Record = record.Since(PeriodFrom);
            var text = chromeFactory.Snapshot.Site.For(Lang);
            Chrome = chromeFactory.Create(HttpContext, Lang, text["record_summary_heading"], text["record_intro"],
                alternatePath: SiteRoutes.MySymptomsPath(Languages.Other(Lang)), noIndex: true);
        }

        return Page();
    }

    /// <summary>The visit summary as a tagged PDF: Chromium posts the same results to the summary and prints it.</summary>
    public async Task<IActionResult> OnPostPdfAsync()
    {
        var cancellation = HttpContext.RequestAborted;
        Prepare();
        if (!await ReadAsync(cancellation) || Record is null)
        {
            return Page();
        }

        var outcome = await pdf.RenderRecordSummaryAsync(SiteRoutes.MySymptomsPath(Lang), Kept, PeriodWeeks, cancellation);
        if (outcome.Pdf is { } bytes)
        {
            return File(bytes, "application/pdf", "symptom-summary.pdf");
        }

        Response.Headers.RetryAfter = outcome.RetryAfterSeconds;
        return new ObjectResult(new ProblemDetails { Status = 503, Title = "PDF unavailable", Detail = outcome.Problem }) { StatusCode = 503 };
    }

    /// <summary>Every result of the record as one FHIR R4 Bundle (collection), for a clinic's system.</summary>
    public async Task<IActionResult> OnPostFhirAsync()
    {
        var cancellation = HttpContext.RequestAborted;
        Prepare();
        if (!await ReadAsync(cancellation) || Record is not { } record)
        {
            return Page();
        }

        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = time.GetUtcNow(), Language = Lang };
        foreach (var result in record.Results)
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = selfCheck.Fhir.ToResponse(result.Input, result.Authored) });
        }

        return File(System.Text.Encoding.UTF8.GetBytes(FhirMapping.ToJson(bundle)), "application/fhir+json", "esas-r-record.json");
    }

    /// <summary>Reads the posted files into <see cref="Record"/>; false (with a 400) when there was nothing usable.</summary>
    private async Task<bool> ReadAsync(CancellationToken cancellation)
    {
        // A person's results: no browser, proxy or CDN may keep a copy of any answer.
        Response.Headers.CacheControl = "no-store";
        var text = chromeFactory.Snapshot.Site.For(Lang);
        var form = await RecordUpload.ReadAsync(Request, cancellation);
        PeriodWeeks = form.PeriodWeeks;
        FromDevice = form.FromDevice;
        if (form.NotAForm || form.Files.Count == 0)
        {
            FormProblem = text[form.NotAForm ? "record_upload_not_form" : "record_upload_none"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        var reader = new SymptomRecordReader(Questionnaire, selfCheck.Fhir);
        var record = reader.Read(form.Files, time.GetUtcNow(), Lang);
        Record = record;
        Kept = record.Results.Select(r => FhirMapping.ToCompactJson(selfCheck.Fhir.ToResponse(r.Input, r.Authored))).ToList();
        if (record.Results.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        return true;
    }

    private void Prepare()
    {
        Lang = RequestLanguage;
        var text = chromeFactory.Snapshot.Site.For(Lang);
        Chrome = chromeFactory.Create(HttpContext, Lang, text["my_symptoms_title"], text["record_intro"],
            alternatePath: SiteRoutes.MySymptomsPath(Languages.Other(Lang)));
    }

    /// <summary>A problem with a file, in the page's language, naming the file.</summary>
    public string Describe(RecordProblem problem)
    {
        var text = chromeFactory.Snapshot.Site.For(Lang);
        var culture = CultureInfo.InvariantCulture;
        return problem.Kind switch
        {
            RecordProblemKind.TooLarge => string.Format(culture, text["record_problem_too_large"], problem.File),
            RecordProblemKind.TooMany => string.Format(culture, text["record_problem_too_many"], problem.File, SymptomRecordReader.MaxFiles),
            RecordProblemKind.UploadTooLarge => string.Format(culture, text["record_problem_upload_too_large"], problem.File, RecordUpload.MaxUploadBytes / (1024 * 1024)),
            RecordProblemKind.NotReadable => string.Format(culture, text["record_problem_not_readable"], problem.File),
            RecordProblemKind.NotEsas when problem.Detail is { } item => string.Format(culture, text["record_problem_not_esas_item"], problem.File, item),
            RecordProblemKind.NotEsas => string.Format(culture, text["record_problem_not_esas"], problem.File),
            RecordProblemKind.NoDate => string.Format(culture, text["record_problem_no_date"], problem.File),
            RecordProblemKind.Future => string.Format(culture, text["record_problem_future"], problem.File, LongDate(ParseDay(problem.Detail))),
            RecordProblemKind.Duplicate => string.Format(culture, text["record_problem_duplicate"], problem.File, problem.Detail),
            RecordProblemKind.TooOld => string.Format(culture, text["record_problem_too_old"], problem.File, LongDate(ParseDay(problem.Detail))),
            _ => problem.File,
        };
    }

    private static DateTimeOffset ParseDay(string? day) =>
        DateTimeOffset.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.AddHours(12) : DateTimeOffset.MinValue;

    public string LongDate(DateTimeOffset moment) => OntarioTime.Date(moment, Lang);

    public string ShortDate(DateTimeOffset moment) => OntarioTime.ShortDate(moment, Lang);

    /// <summary>A date with its time, for a table row: two results may fall on one day.</summary>
    public string DateAndTime(DateTimeOffset moment) => OntarioTime.DateWithTime(moment, Lang);

    /// <summary>The record's guide link for a symptom's band: the section of its guide for that band.</summary>
    public string? GuideSection(string symptom, string band) => SelfCheckEngine.BandSection(selfCheck.GuideUrl(Lang, symptom), band, Lang);

    /// <summary>The item's name without its explanation in brackets ("Wellbeing").</summary>
    public string SymptomName(string id) => Questionnaire.FindItem(id)!.Name(Lang);

}
