using System.Globalization;
using System.Text.Json;
using Wayfinder.Content.Questionnaires;

namespace Wayfinder.Symptoms;

/// <summary>
/// Reads a self-check from the form or from the API's JSON into one <see cref="SelfCheckInput"/>,
/// naming each value it cannot read by the same field names (<c>scores.pain</c>,
/// <c>redFlags.fever</c>). <see cref="Check"/> then applies the engine's rules to either, so the
/// form and the API accept and refuse the same things.
/// </summary>
public static class SelfCheckReader
{
    /// <summary>
    /// The form: a score box per item (<c>score-pain</c>, empty when not answered) and a tick box
    /// per danger sign (<c>flag-fever</c> = yes; not ticked is a no).
    /// </summary>
    public static (SelfCheckInput Input, IReadOnlyList<InputError> Errors) FromForm(Questionnaire questionnaire, string lang, Func<string, string> field)
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        foreach (var item in questionnaire.Items)
        {
            var value = field($"score-{item.Id}");
            if (value.Length == 0)
            {
                continue;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= 10)
            {
                scores[item.Id] = score;
            }
            else
            {
                errors.Add(new InputError($"scores.{item.Id}", $"the score for '{item.Id}' must be a whole number from 0 to 10"));
            }
        }

        foreach (var flag in questionnaire.RedFlags)
        {
            var value = field($"flag-{flag.Id}");
            if (value is "yes" or "no" or "")
            {
                flags[flag.Id] = value == "yes";
            }
            else
            {
                errors.Add(new InputError($"redFlags.{flag.Id}", $"'{flag.Id}' must be yes or no"));
            }
        }

        return (new SelfCheckInput(lang, scores, flags), errors);
    }

    /// <summary>What was read, checked by the engine's rules; one error per field, reading errors first.</summary>
    public static IReadOnlyList<InputError> Check(SelfCheckEngine engine, SelfCheckInput input, IReadOnlyList<InputError> readErrors, bool requireAll) =>
        readErrors.Concat(engine.Validate(input, requireAll)).GroupBy(e => e.Field, StringComparer.Ordinal).Select(g => g.First()).ToList();

    /// <summary>The API's JSON (<c>{ lang, scores, redFlags }</c>), read field by field so each wrong one gets its own message.</summary>
    public static (SelfCheckInput? Input, IReadOnlyList<InputError> Errors) FromJson(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return (null, [new InputError("body", $"the body is not valid JSON (line {ex.LineNumber + 1})")]);
        }

        using (document)
        {
            try
            {
                return ReadDocument(document);
            }
            catch (InvalidOperationException)
            {
                // A "\ud800" escape parses as JSON but is no text at all.
                return (null, [new InputError("body", "the body holds a string that is not valid Unicode (a lone surrogate such as \\ud800)")]);
            }
        }
    }

    private static (SelfCheckInput?, IReadOnlyList<InputError>) ReadDocument(JsonDocument document)
    {
        {
            var errors = new List<InputError>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new InputError("body", "the body must be a JSON object with lang, scores and redFlags")]);
            }

            var lang = root.TryGetProperty("lang", out var langElement) && langElement.ValueKind == JsonValueKind.String ? langElement.GetString()! : "en";
            var scores = new Dictionary<string, int>(StringComparer.Ordinal);
            if (root.TryGetProperty("scores", out var scoresElement))
            {
                if (scoresElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new InputError("scores", "scores must be an object of symptom ids to scores from 0 to 10"));
                }
                else
                {
                    foreach (var property in scoresElement.EnumerateObject())
                    {
                        if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var score))
                        {
                            scores[property.Name] = score;
                        }
                        else
                        {
                            errors.Add(new InputError($"scores.{property.Name}", $"the score for '{property.Name}' must be a whole number from 0 to 10"));
                        }
                    }
                }
            }

            var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
            if (root.TryGetProperty("redFlags", out var flagsElement))
            {
                if (flagsElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new InputError("redFlags", "redFlags must be an object of red-flag ids to true or false"));
                }
                else
                {
                    foreach (var property in flagsElement.EnumerateObject())
                    {
                        if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                        {
                            flags[property.Name] = property.Value.GetBoolean();
                        }
                        else
                        {
                            errors.Add(new InputError($"redFlags.{property.Name}", $"'{property.Name}' must be true or false"));
                        }
                    }
                }
            }

            return errors.Count > 0 ? (null, errors) : (new SelfCheckInput(lang, scores, flags), []);
        }
    }
}
