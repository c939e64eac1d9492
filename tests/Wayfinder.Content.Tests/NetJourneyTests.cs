using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;

namespace Wayfinder.Content.Tests;

/// <summary>The whole NET journey, in both languages: every page a patient or provider needs
/// exists, is reachable from the hub, and names its sources.</summary>
public sealed class NetJourneyTests
{
    private const string Hub = "neuroendocrine-tumours";

    private static readonly Lazy<ContentSnapshot> Shipped = new(() =>
        new ContentLoader(new Markdown.MarkdownRenderer(), FixedTime.On(TestContent.Today)).Load(Path.Combine(TestContent.RepositoryRoot, "content")));

    public static TheoryData<string, string, string> JourneyPages() => new()
    {
        { "nets-symptoms", "symptoms", "symptomes" },
        { "nets-prognosis", "prognosis", "pronostic" },
        { "nets-recurrence", "recurrence", "recidive" },
        { "nets-small-intestine", "small-intestine", "intestin-grele" },
        { "nets-pancreas", "pancreas", "pancreas" },
        { "nets-lung", "lung", "poumon" },
        { "nets-appendix", "appendix", "appendice" },
        { "nets-rectum", "rectum", "rectum" },
        { "nets-stomach", "stomach", "estomac" },
        { "nets-neuroendocrine-carcinoma", "neuroendocrine-carcinoma", "carcinome-neuroendocrine" },
        { "nets-pheochromocytoma-paraganglioma", "pheochromocytoma-paraganglioma", "pheochromocytome-paragangliome" },
        { "nets-nutrition", "nutrition", "nutrition" },
        { "nets-fertility-sexual-health", "fertility-and-sexual-health", "fertilite-et-sante-sexuelle" },
    };

    [Theory]
    [MemberData(nameof(JourneyPages))]
    public void Each_journey_page_exists_in_both_languages_at_its_address_and_is_listed_on_the_hub(string id, string english, string french)
    {
        var snapshot = Shipped.Value;
        foreach (var (lang, url) in new[] { ("en", $"/en/cancer-types/{Hub}/{english}"), ("fr", $"/fr/types-de-cancer/tumeurs-neuroendocrines/{french}") })
        {
            var page = snapshot.FindByUrl(url);
            Assert.True(page is not null, $"{url} is missing");
            Assert.Equal(id, page!.Id);
            Assert.Equal(ContentType.Topic, page.Type);
            Assert.Equal(Audience.Patient, page.Audience);
            Assert.True(page.IsDraft, $"{url} must say it is a draft: no clinician has reviewed it");
            Assert.NotEmpty(page.Sources);
            var hub = Assert.IsType<CancerType>(snapshot.HubOf(page));
            Assert.Contains(id, hub.TopicIds);
        }

        var en = snapshot.Find("en", id)!;
        var fr = snapshot.Find("fr", id)!;
        Assert.Equal(en.Headings.Count, fr.Headings.Count);
    }

    [Fact]
    public void Every_drug_sheet_has_a_provider_monograph_in_both_languages()
    {
        var snapshot = Shipped.Value;
        var sheets = snapshot.Items.OfType<Drug>().ToList();

        Assert.Equal(28, sheets.Count);
        Assert.All(sheets, sheet =>
        {
            var monograph = snapshot.MonographOf(sheet);
            Assert.True(monograph is not null, $"{sheet.Url} has no monograph");
            Assert.Equal(Audience.Provider, monograph!.Audience);
            Assert.Equal(Audience.Patient, sheet.Audience);
            Assert.NotEmpty(monograph.Sources);
        });
    }

    [Fact]
    public void The_site_pages_are_linked_from_the_types_page_in_both_languages()
    {
        var snapshot = Shipped.Value;
        foreach (var lang in Languages.All)
        {
            var types = snapshot.Find(lang, "nets-types")!;
            var sitePages = JourneyPages().Select(row => (string)row[0]).Where(id => id is not ("nets-symptoms" or "nets-prognosis" or "nets-recurrence" or "nets-nutrition" or "nets-fertility-sexual-health"));
            foreach (var id in sitePages)
            {
                Assert.Contains(types.Links, l => l.Href.Split('#')[0] == snapshot.Find(lang, id)!.Url);
            }
        }
    }
}
