using Wayfinder.Content.Questionnaires;
using AngleSharp.Html.Parser;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Triage;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Symptoms.Tests;

/// <summary>
/// The self-check and the guides it links to give the same advice: a symptom's level for a score
/// band is exactly the most urgent hand-written card in that band's section of its guide
/// (danger-sign cards there are conditional on the sign, which the self-check asks separately).
/// </summary>
public sealed class GuideAgreementTests
{
    private static readonly ContentSnapshot Snapshot = new ContentLoader { EditorialChecks = false }.Load(Repository.Content);
    private static readonly Questionnaire Questionnaire = Questionnaire.Load(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"));

    public static TheoryData<string, string> Symptoms()
    {
        var data = new TheoryData<string, string>();
        foreach (var lang in Languages.All)
        {
            foreach (var item in Questionnaire.Items.Where(i => i.Id != "wellbeing"))
            {
                data.Add(item.Id, lang);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Symptoms))]
    public void A_symptom_band_gives_the_same_level_as_its_guide_section_for_that_band(string symptom, string lang)
    {
        var guide = Snapshot.Items.OfType<SymptomGuide>().SingleOrDefault(g => g.Lang == lang && g.Symptom == symptom && g.Audience != Audience.Provider);
        Assert.NotNull(guide);
        var engine = new SelfCheckEngine(Questionnaire);

        foreach (var band in Questionnaire.Bands.Where(b => b.Name != "none"))
        {
            var result = engine.Evaluate(new SelfCheckInput(lang, new Dictionary<string, int> { [symptom] = band.Min }, new Dictionary<string, bool>()), _ => null);
            // French guides name the band's section in French (#leger, #modere, #grave).
            var guideLevel = MostUrgentHandWrittenCard(guide.Html, Wayfinder.Content.Schemas.ContentSchemas.SectionId(band.Name, lang));

            Assert.True(guideLevel is not null, $"{guide.SourcePath}: the #{band.Name} section has no hand-written card");
            Assert.True(guideLevel == result.Urgency,
                $"{guide.SourcePath}: #{band.Name} says '{Urgency.Name(guideLevel!.Value)}' but the self-check says '{result.UrgencyName}' for {symptom} {band.Min}");
        }
    }

    private static UrgencyLevel? MostUrgentHandWrittenCard(string html, string section)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var heading = document.GetElementById(section);
        Assert.NotNull(heading);
        var levels = new List<UrgencyLevel>();
        for (var element = heading.NextElementSibling; element is not null && element.TagName != "H2"; element = element.NextElementSibling)
        {
            if (element.ClassList.Contains("wf-card") && element.QuerySelector(".wf-sign") is null
                && element.ClassList.Select(c => c.Replace("wf-card--", "", StringComparison.Ordinal)).FirstOrDefault(c => Urgency.TryParse(c, out _)) is { } kind)
            {
                levels.Add(Urgency.Parse(kind));
            }
        }

        return levels.Count == 0 ? null : levels.Max();
    }
}
