using Wayfinder.Content.Questionnaires;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Wayfinder.Symptoms;

namespace Wayfinder.Web.Features.SelfCheck;

/// <summary>
/// <c>POST /api/self-check</c> (JSON, or a FHIR R4 QuestionnaireResponse as application/fhir+json)
/// and <c>GET /fhir/Questionnaire/esas-r</c> (DESIGN section 5). Bad input gets a 400 problem
/// details that names the field; nothing is stored.
/// </summary>
public static class SelfCheckApi
{
    private const int MaxBodyBytes = 64 * 1024;

    public static void MapSelfCheckApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/self-check", Evaluate)
            .DisableAntiforgery()
            .RequireRateLimiting(Infrastructure.RequestLimits.Api)
            .WithName("SelfCheck")
            .WithSummary("Scores an ESAS-r self-check and returns the urgency, bands and guide links.")
            .WithDescription("`urgency` is a level of the triage model, most urgent first: emergency (911 or the emergency department now), "
                + "urgent (the care team's 24-hour line now, day or night), today, soon (within 1 or 2 days), routine (next visit), self-care. "
                + "`redFlags` names danger signs of the triage model; a \"yes\" is answered even when no score is given. "
                + "A FHIR QuestionnaireResponse may carry LOINC's total symptom distress score (112493-2); a total that is not the sum of the items is a 400.")
            .Accepts<SelfCheckRequest>("application/json", "application/fhir+json")
            .Produces<SelfCheckResponse>()
            .ProducesValidationProblem();

        app.MapGet("/fhir/Questionnaire/esas-r", (SelfCheckService service, [FromQuery] string? lang) =>
                Results.Text(FhirMapping.ToJson(service.Fhir.ToQuestionnaire(lang == "fr" ? "fr" : "en")), "application/fhir+json"))
            .RequireRateLimiting(Infrastructure.RequestLimits.Api)
            .WithName("EsasQuestionnaire")
            .WithSummary("The ESAS-r self-check as a FHIR R4 Questionnaire with LOINC codes (panel 112503-8).");
    }

    public sealed record SelfCheckRequest(string Lang, Dictionary<string, int> Scores, Dictionary<string, bool>? RedFlags);

    public sealed record SymptomOut(string Id, int Score, string Band, string? GuideUrl);

    public sealed record RedFlagOut(string Id, string Urgency, string Message, string? GuideUrl);

    public sealed record SelfCheckResponse(string Urgency, IReadOnlyList<SymptomOut> Symptoms, IReadOnlyList<RedFlagOut> RedFlags);

    private static async Task<IResult> Evaluate(HttpRequest request, SelfCheckService service, [FromQuery] string? lang)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Problem("body", $"the body is larger than {MaxBodyBytes / 1024} KB");
        }

        string body;
        using (var reader = new StreamReader(request.Body))
        {
            var buffer = new char[MaxBodyBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, 0, buffer.Length);
            if (read > MaxBodyBytes)
            {
                return Problem("body", $"the body is larger than {MaxBodyBytes / 1024} KB");
            }

            body = new string(buffer, 0, read);
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        SelfCheckInput? input;
        IReadOnlyList<InputError> errors;
        if (mediaType == "application/fhir+json")
        {
            (input, errors) = service.Fhir.FromResponse(body, lang == "fr" ? "fr" : "en");
        }
        else if (mediaType == "application/json")
        {
            (input, errors) = SelfCheckReader.FromJson(body);
        }
        else
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
                detail: "Send application/json or application/fhir+json.");
        }

        if (input is not null)
        {
            errors = service.Engine.Validate(input);
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(
                errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "The self-check could not be scored", detail: string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
        }

        var result = service.Evaluate(input!);
        return Results.Ok(new SelfCheckResponse(
            result.UrgencyName,
            result.Symptoms.Select(s => new SymptomOut(s.Id, s.Score, s.Band, s.GuideUrl)).ToList(),
            result.RedFlags.Select(f => new RedFlagOut(f.Id, Wayfinder.Content.Triage.Urgency.Name(f.Urgency), f.Message, f.GuideUrl)).ToList()));
    }

    private static IResult Problem(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The self-check could not be scored", detail: $"{field}: {message}");
}
