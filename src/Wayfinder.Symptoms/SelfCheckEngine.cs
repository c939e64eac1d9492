using Wayfinder.Content.Questionnaires;
using Wayfinder.Content.Triage;

namespace Wayfinder.Symptoms;

/// <summary>What a person answered: scores 0-10 by symptom id, and yes/no red flags.</summary>
public sealed record SelfCheckInput(string Lang, IReadOnlyDictionary<string, int> Scores, IReadOnlyDictionary<string, bool> RedFlags);

/// <summary>A field the input got wrong, named as the API and the form name it.</summary>
public sealed record InputError(string Field, string Message);

public sealed record SymptomResult(string Id, int Score, string Band, UrgencyLevel Urgency, string? GuideUrl);

/// <param name="Action">What to do, when the sign says it differently from its level (988 for thoughts of suicide).</param>
public sealed record RedFlagResult(string Id, UrgencyLevel Urgency, string Question, string Message, string? Action, string? GuideUrl);

public sealed record SelfCheckResult(UrgencyLevel Urgency, IReadOnlyList<SymptomResult> Symptoms, IReadOnlyList<RedFlagResult> RedFlags)
{
    public string UrgencyName => Wayfinder.Content.Triage.Urgency.Name(Urgency);

    /// <summary>
    /// The action to lead with: a sign's own action when every sign at the top level has the same
    /// one (988 for thoughts of suicide), otherwise the level's.
    /// </summary>
    public string? SignAction
    {
        get
        {
            var top = RedFlags.Where(f => f.Urgency == Urgency).ToList();
            return top.Count > 0 && top.All(f => f.Action is not null && f.Action == top[0].Action) ? top[0].Action : null;
        }
    }
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
    /// <param name="requireAll">The form asks for every required ESAS-r item unless a danger sign is answered "yes"; the API accepts any subset.</param>
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

        if (requireAll && !input.RedFlags.Values.Any(yes => yes))
        {
            // A "yes" to a danger sign is answered at once, scores or not: advice must never wait
            // behind the form.
            errors.AddRange(Questionnaire.Items.Where(i => i.Required && !input.Scores.ContainsKey(i.Id))
                .Select(i => new InputError($"scores.{i.Id}", $"'{i.Id}' needs a score from 0 to 10")));
        }
        else if (input.Scores.Count == 0 && input.RedFlags.Count == 0)
        {
            errors.Add(new InputError("scores", "give at least one score or red-flag answer"));
        }

        return errors;
    }

    /// <summary>The part of a guide for a band ("#moderate", "#modere"); a score of 0 links the guide itself.</summary>
    public static string? BandSection(string? guide, string band, string lang) =>
        guide is not null && band != "none" ? $"{guide}#{Content.Schemas.ContentSchemas.SectionId(band, lang)}" : guide;

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
                var urgency = Urgency.Parse(item.BandUrgency.GetValueOrDefault(band.Name, band.Urgency));
                var guide = guideUrl(item.Id);
                var anchor = BandSection(guide, band.Name, input.Lang);
                return new SymptomResult(item.Id, score, band.Name, urgency, anchor);
            })
            .ToList();

        var flags = Questionnaire.RedFlags
            .Where(flag => input.RedFlags.GetValueOrDefault(flag.Id))
            .Select(flag => new RedFlagResult(flag.Id, flag.Urgency, flag.Question[input.Lang], flag.Message[input.Lang], flag.Action.GetValueOrDefault(input.Lang),
                flag.Guide is null || guideUrl(flag.Guide) is not { } url ? null : flag.Section is null ? url : $"{url}#{Content.Schemas.ContentSchemas.SectionId(flag.Section, input.Lang)}"))
            .ToList();

        var overall = symptoms.Select(s => s.Urgency).Concat(flags.Select(f => f.Urgency)).DefaultIfEmpty(UrgencyLevel.SelfCare).Max();
        return new SelfCheckResult(overall, symptoms, flags);
    }
}
