using Questionnaire = Wayfinder.Content.Questionnaires.Questionnaire;
using Item = Wayfinder.Content.Questionnaires.Item;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using FhirQuestionnaire = Hl7.Fhir.Model.Questionnaire;

namespace Wayfinder.Symptoms;

/// <summary>
/// FHIR R4 for the self-check: our Questionnaire (items carry LOINC codes, panel 112503-8), and
/// QuestionnaireResponses in and out. A response may name items by our linkIds ("pain") or by
/// the LOINC item codes used as linkIds ("112494-0"), as many ESAS-r forms in the wild do; answers
/// may be integers, decimals, LOINC answer codes (LA...) or booleans for red flags.
/// </summary>
public sealed class FhirMapping(Questionnaire questionnaire)
{
    public const string CanonicalUrl = "https://wayfinder.example/fhir/Questionnaire/esas-r";
    private const string Loinc = "http://loinc.org";

    /// <summary>LOINC's "total symptom distress score" of the ESAS-r panel: the sum of the nine items.</summary>
    public const string TotalScoreCode = "112493-2";

    public FhirQuestionnaire ToQuestionnaire(string lang)
    {
        var fhir = new FhirQuestionnaire
        {
            Id = questionnaire.Id,
            Url = CanonicalUrl,
            Version = questionnaire.Version,
            Name = "ESASr",
            Title = questionnaire.Instrument[lang],
            Status = PublicationStatus.Active,
            Language = lang,
            SubjectType = [ResourceType.Patient],
            Code = [new Coding(Loinc, questionnaire.LoincPanel, "Edmonton Symptom Assessment System panel")],
            Copyright = new Markdown(questionnaire.Acknowledgement[lang]),
        };

        foreach (var group in questionnaire.Items.GroupBy(i => i.Group))
        {
            var groupItem = new FhirQuestionnaire.ItemComponent
            {
                LinkId = group.Key,
                Type = FhirQuestionnaire.QuestionnaireItemType.Group,
                Text = questionnaire.Groups.GetValueOrDefault(group.Key)?.GetValueOrDefault(lang) ?? group.Key,
            };
            foreach (var item in group)
            {
                var question = new FhirQuestionnaire.ItemComponent
                {
                    LinkId = item.Id,
                    Type = FhirQuestionnaire.QuestionnaireItemType.Integer,
                    Text = $"{item.Text[lang]} (0 = {item.Low[lang]}, 10 = {item.High[lang]})",
                    Required = item.Required,
                };
                if (item.Loinc is not null)
                {
                    question.Code = [new Coding(Loinc, item.Loinc, item.Text["en"])];
                }

                question.Extension.Add(new Extension("http://hl7.org/fhir/StructureDefinition/minValue", new Integer(0)));
                question.Extension.Add(new Extension("http://hl7.org/fhir/StructureDefinition/maxValue", new Integer(10)));
                groupItem.Item.Add(question);
            }

            fhir.Item.Add(groupItem);
        }

        var flags = new FhirQuestionnaire.ItemComponent { LinkId = "red-flags", Type = FhirQuestionnaire.QuestionnaireItemType.Group, Text = lang == "fr" ? "Signes de danger" : "Danger signs" };
        foreach (var flag in questionnaire.RedFlags)
        {
            flags.Item.Add(new FhirQuestionnaire.ItemComponent { LinkId = flag.Id, Type = FhirQuestionnaire.QuestionnaireItemType.Boolean, Text = flag.Question[lang] });
        }

        fhir.Item.Add(flags);
        return fhir;
    }

    public static string ToJson(Resource resource) => resource.ToJson(pretty: true);

    /// <summary>On one line, for a result carried inside a page (the symptom record's forms, the keep choice).</summary>
    public static string ToCompactJson(Resource resource) => resource.ToJson(pretty: false);

    /// <summary>Reads a QuestionnaireResponse; returns the input, or the errors that name what is wrong.</summary>
    public (SelfCheckInput? Input, IReadOnlyList<InputError> Errors) FromResponse(string json, string lang)
    {
        var (input, _, errors) = FromDatedResponse(json, lang);
        return (input, errors);
    }

    /// <summary>
    /// Reads a QuestionnaireResponse with the moment it was answered (<c>authored</c>, null when the
    /// file does not say), for the symptom record, which orders results by it.
    /// </summary>
    public (SelfCheckInput? Input, DateTimeOffset? Authored, IReadOnlyList<InputError> Errors) FromDatedResponse(string json, string lang)
    {
        QuestionnaireResponse response;
        try
        {
            response = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<QuestionnaireResponse>(json);
        }
        catch (DeserializationFailedException ex)
        {
            var first = ex.Exceptions.FirstOrDefault()?.Message ?? ex.Message;
            return (null, null, [new InputError("body", "the body is not a valid FHIR R4 QuestionnaireResponse: " + FirstLine(first))]);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or InvalidCastException or System.Text.Json.JsonException)
        {
            return (null, null, [new InputError("body", "the body is not a FHIR R4 QuestionnaireResponse in JSON: " + FirstLine(ex.Message))]);
        }

        var errors = new List<InputError>();
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        (string Field, decimal Value)? total = null;
        foreach (var item in Flatten(response.Item))
        {
            // LOINC's own forms name items by path ("/112503-8/112494-0"); the last part is the code.
            var linkId = LastSegment(item.LinkId ?? "");
            var answer = item.Answer.FirstOrDefault()?.Value;
            var field = $"item[{item.LinkId}]";
            if (questionnaire.FindRedFlag(linkId) is { } flag)
            {
                if (answer is FhirBoolean { Value: { } yes })
                {
                    flags[flag.Id] = yes;
                }
                else
                {
                    errors.Add(new InputError(field, $"'{linkId}' needs a valueBoolean answer"));
                }

                continue;
            }

            if (linkId == "151377")
            {
                continue;
            }

            if (linkId is TotalScoreCode or "total")
            {
                // Forms built from LOINC's panel often carry the total as well: check it, do not score it.
                if (answer is null)
                {
                    continue;
                }

                if (answer is Integer { Value: { } whole })
                {
                    total = (field, whole);
                }
                else if (answer is FhirDecimal { Value: { } number })
                {
                    total = (field, number);
                }
                else
                {
                    errors.Add(new InputError(field, "the total symptom distress score (LOINC 112493-2) must be a number from 0 to 90"));
                }

                continue;
            }

            var target = questionnaire.Items.FirstOrDefault(i => i.Id == linkId || i.Loinc == linkId);
            if (target is null)
            {
                // Display items and groups carry no answer; an answer to something we do not know is an error.
                if (answer is not null)
                {
                    errors.Add(new InputError(field, $"'{linkId}' is not an item of the ESAS-r questionnaire (use our linkIds or LOINC item codes)"));
                }

                continue;
            }

            if (answer is null)
            {
                continue;
            }

            var score = ScoreOf(target, answer);
            if (score is null or < 0 or > 10)
            {
                errors.Add(new InputError(field, $"the answer for '{linkId}' must be a score from 0 to 10 (valueInteger, or a LOINC answer code)"));
                continue;
            }

            scores[target.Id] = score.Value;
        }

        if (total is { } given && errors.Count == 0)
        {
            var nine = questionnaire.Items.Where(i => i.Group == "esas-r").ToList();
            var sum = nine.Sum(i => scores.GetValueOrDefault(i.Id));
            var missing = nine.Count(i => !scores.ContainsKey(i.Id));
            // With every item answered the total must be their sum; with some missing, it can only be
            // as large as the answered items plus 10 for each missing one.
            if (missing == 0 ? given.Value != sum : given.Value < sum || given.Value > sum + (10 * missing))
            {
                errors.Add(new InputError(given.Field,
                    $"the total symptom distress score (LOINC 112493-2) is {given.Value}, but the item scores add up to {sum}{(missing > 0 ? $" with {missing} items unanswered" : "")}"));
            }
        }

        var authored = AuthoredOf(response);
        return errors.Count > 0 ? (null, null, errors) : (new SelfCheckInput(lang, scores, flags), authored, []);
    }

    /// <summary>The self-check as a QuestionnaireResponse the person can keep or give their team.</summary>
    public QuestionnaireResponse ToResponse(SelfCheckInput input, DateTimeOffset authored)
    {
        var response = new QuestionnaireResponse
        {
            Questionnaire = CanonicalUrl,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = authored.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            Language = input.Lang,
        };
        foreach (var item in questionnaire.Items.Where(i => input.Scores.ContainsKey(i.Id)))
        {
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = item.Id,
                Text = item.Text[input.Lang],
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(input.Scores[item.Id]) }],
            });
        }

        foreach (var flag in questionnaire.RedFlags.Where(f => input.RedFlags.ContainsKey(f.Id)))
        {
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = flag.Id,
                Text = flag.Question[input.Lang],
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new FhirBoolean(input.RedFlags[flag.Id]) }],
            });
        }

        return response;
    }

    private int? ScoreOf(Item item, DataType answer) => answer switch
    {
        Integer { Value: { } value } => value,
        FhirDecimal { Value: { } value } when value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue => (int)value,
        Coding coding => ScoreOfCode(item, coding.Code),
        _ => null,
    };

    private int? ScoreOfCode(Item item, string? code)
    {
        if (code is null)
        {
            return null;
        }

        if (code == item.LoincZero)
        {
            return 0;
        }

        if (code == item.LoincTen)
        {
            return 10;
        }

        var index = questionnaire.LoincAnswers.IndexOf(code);
        return index >= 0 ? index + 1 : int.TryParse(code, out var number) ? number : null;
    }

    private static IEnumerable<QuestionnaireResponse.ItemComponent> Flatten(IEnumerable<QuestionnaireResponse.ItemComponent> items) =>
        items.SelectMany(i => Flatten(i.Item).Concat(i.Answer.SelectMany(a => Flatten(a.Item))).Prepend(i));

    /// <summary>When the response was answered; a date without a time counts from midnight UTC, an unreadable one as none.</summary>
    private static DateTimeOffset? AuthoredOf(QuestionnaireResponse response)
    {
        try
        {
            return response.AuthoredElement?.ToDateTimeOffset(TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0];

    private static string LastSegment(string linkId) => linkId.Contains('/', StringComparison.Ordinal) ? linkId[(linkId.TrimEnd('/').LastIndexOf('/') + 1)..].TrimEnd('/') : linkId;
}
