using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Symptoms;

namespace Wayfinder.Web.Features.SelfCheck;

/// <summary>
/// The self-check as the site uses it: the questionnaire from content, the engine, and guide
/// links from the current content snapshot. Nothing a person enters is stored or logged.
/// </summary>
public sealed class SelfCheckService
{
    private readonly ContentStore store;

    public SelfCheckService(ContentStore store)
    {
        this.store = store;
        Questionnaire = Questionnaire.Load(Path.Combine(store.ContentRoot, "questionnaires", "esas-r.yaml"));
        Engine = new SelfCheckEngine(Questionnaire);
        Fhir = new FhirMapping(Questionnaire);
    }

    public Questionnaire Questionnaire { get; }
    public SelfCheckEngine Engine { get; }
    public FhirMapping Fhir { get; }

    public SelfCheckResult Evaluate(SelfCheckInput input) => Engine.Evaluate(input, id => GuideUrl(input.Lang, id));

    /// <summary>A symptom id ("pain") or a guide id ("symptom-fever-and-infection") to the patient guide's address.</summary>
    public string? GuideUrl(string lang, string id)
    {
        var snapshot = store.Current;
        return snapshot.Items.OfType<SymptomGuide>()
            .FirstOrDefault(g => g.Lang == lang && g.Audience != Audience.Provider && g.Url is not null && (g.Symptom == id || g.Id == id))?.Url;
    }
}
