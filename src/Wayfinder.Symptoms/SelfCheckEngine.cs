namespace Wayfinder.Symptoms;

/// <summary>What a person answered: scores 0-10 by symptom id, and yes/no red flags.</summary>
public sealed record SelfCheckInput(string Lang, IReadOnlyDictionary<string, int> Scores, IReadOnlyDictionary<string, bool> RedFlags);

/// <summary>A field the input got wrong, named as the API and the form name it.</summary>
public sealed record InputError(string Field, string Message);

public sealed record SymptomResult(string Id, int Score, string Band, UrgencyLevel Urgency, string? GuideUrl);

public sealed record RedFlagResult(string Id, UrgencyLevel Urgency, string Message, string? GuideUrl);

public sealed record SelfCheckResult(UrgencyLevel Urgency, IReadOnlyList<SymptomResult> Symptoms, IReadOnlyList<RedFlagResult> RedFlags)
{
    public string UrgencyName => Wayfinder.Symptoms.Urgency.Name(Urgency);
}

/// <summary>
/// Scores a self-check against the questionnaire: each score's band and urgency, each red flag,
/// and the highest urgency overall. Pure: no I/O, no clock, nothing stored. Guide links come from a
/// lookup the caller gives (content decides which guide covers which symptom).
/// </summary>
public sealed class SelfCheckEngine(Questionnaire questionnaire)
{
    public Questionnaire Questionnaire { get; } = questionnaire;

    /// <summary>Checks the input names only known items and flags, with scores from 0 to 10.</summary>
    /// <param name="requireAll">The form asks for every required ESAS-r item; the API accepts any subset.</param>
    public IReadOnlyList<InputError> Validate(SelfCheckInput input, bool requireAll = false)
    {
        var errors = new List<InputError>();
        if (input.Lang is not ("en" or "fr"))
        {
            errors.Add(new InputError("lang", "lang must be 'en' or 'fr'"));
        }

        foreach (var (id, score) in input.Scores)
        {
            if (Questionnaire.FindItem(id) is null)
            {
                errors.Add(new InputError($"scores.{id}", $"'{id}' is not a symptom of this questionnaire; symptoms are: {string.Join(", ", Questionnaire.Items.Select(i => i.Id))}"));
            }
            else if (score is < 0 or > 10)
            {
                errors.Add(new InputError($"scores.{id}", $"the score for '{id}' must be a whole number from 0 to 10, not {score}"));
            }
        }

        foreach (var id in input.RedFlags.Keys.Where(id => Questionnaire.FindRedFlag(id) is null))
        {
            errors.Add(new InputError($"redFlags.{id}", $"'{id}' is not a red-flag question; questions are: {string.Join(", ", Questionnaire.RedFlags.Select(f => f.Id))}"));
        }

        if (requireAll)
        {
            errors.AddRange(Questionnaire.Items.Where(i => i.Required && !input.Scores.ContainsKey(i.Id))
                .Select(i => new InputError($"scores.{i.Id}", $"'{i.Id}' needs a score from 0 to 10")));
            errors.AddRange(Questionnaire.RedFlags.Where(f => !input.RedFlags.ContainsKey(f.Id))
                .Select(f => new InputError($"redFlags.{f.Id}", $"'{f.Id}' needs a yes or no answer")));
        }
        else if (input.Scores.Count == 0 && input.RedFlags.Count == 0)
        {
            errors.Add(new InputError("scores", "give at least one score or red-flag answer"));
        }

        return errors;
    }

    /// <param name="guideUrl">Symptom or guide id to the guide's address in the input's language (null when none).</param>
    public SelfCheckResult Evaluate(SelfCheckInput input, Func<string, string?> guideUrl)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")), nameof(input));
        }

        var symptoms = Questionnaire.Items
            .Where(item => input.Scores.ContainsKey(item.Id))
            .Select(item =>
            {
                var score = input.Scores[item.Id];
                var band = Questionnaire.BandOf(score);
                var urgency = Wayfinder.Symptoms.Urgency.Parse(item.BandUrgency.GetValueOrDefault(band.Name, band.Urgency));
                var guide = guideUrl(item.Id);
                // Link to the part of the guide for this band; a score of 0 links the guide itself.
                var anchor = guide is not null && band.Name != "none" ? $"{guide}#{band.Name}" : guide;
                return new SymptomResult(item.Id, score, band.Name, urgency, anchor);
            })
            .ToList();

        var flags = Questionnaire.RedFlags
            .Where(flag => input.RedFlags.GetValueOrDefault(flag.Id))
            .Select(flag => new RedFlagResult(flag.Id, Wayfinder.Symptoms.Urgency.Parse(flag.Urgency), flag.Message[input.Lang],
                flag.Guide is null ? null : guideUrl(flag.Guide)))
            .ToList();

        var overall = symptoms.Select(s => s.Urgency).Concat(flags.Select(f => f.Urgency)).DefaultIfEmpty(UrgencyLevel.SelfCare).Max();
        return new SelfCheckResult(overall, symptoms, flags);
    }
}
