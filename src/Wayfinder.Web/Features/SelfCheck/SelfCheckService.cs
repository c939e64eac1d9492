using Wayfinder.Content.Questionnaires;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Symptoms;

namespace Wayfinder.Web.Features.SelfCheck;

/// <summary>
/// The self-check as the site uses it: the questionnaire from content bound to the content
/// snapshot's triage model, the engine, and guide links from the same snapshot. Rebuilt when a new
/// snapshot is swapped in, so a changed danger sign reaches the self-check as it reaches pages.
/// Nothing a person enters is stored or logged.
/// </summary>
public sealed class SelfCheckService(ContentStore store)
{
    private sealed record State(long Version, Questionnaire Questionnaire, SelfCheckEngine Engine, FhirMapping Fhir);

    private State? state;

    /// <summary>The self-check's questionnaire: <c>content/questionnaires/esas-r.yaml</c>.</summary>
    public const string QuestionnaireId = "esas-r";

    public Questionnaire Questionnaire => Current.Questionnaire;
    public SelfCheckEngine Engine => Current.Engine;
    public FhirMapping Fhir => Current.Fhir;

    private State Current
    {
        get
        {
            var snapshot = store.Current;
            var current = state;
            if (current is not null && current.Version == snapshot.Version)
            {
                return current;
            }

            // The questionnaire is part of the snapshot: a broken one never reaches a served snapshot.
            if (!snapshot.Questionnaires.TryGetValue(QuestionnaireId, out var questionnaire))
            {
                return current ?? throw new InvalidOperationException($"The content has no '{QuestionnaireId}' questionnaire.");
            }

            current = new State(snapshot.Version, questionnaire, new SelfCheckEngine(questionnaire), new FhirMapping(questionnaire));
            state = current;
            return current;
        }
    }

    public SelfCheckResult Evaluate(SelfCheckInput input) => Engine.Evaluate(input, id => GuideUrl(input.Lang, id));

    /// <summary>
    /// A symptom id ("pain") or a content id ("symptom-fever-and-infection",
    /// "side-effect-low-blood-counts") to the patient page's address in that language.
    /// </summary>
    public string? GuideUrl(string lang, string id)
    {
        var snapshot = store.Current;
        return snapshot.Items.OfType<SymptomGuide>()
                   .FirstOrDefault(g => g.Lang == lang && g.Audience != Audience.Provider && g.Url is not null && g.Symptom == id)?.Url
               ?? snapshot.Find(lang, id)?.Url;
    }
}
