using System.Net;
using System.Text.Json;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Search;

public sealed class SearchTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/search?q=carcinoid", "/en/cancer-types/neuroendocrine-tumours")]
    [InlineData("/en/search?q=Palliative%20care", "/en/palliative-care")]
    [InlineData("/fr/recherche?q=soins%20palliatifs", "/fr/soins-palliatifs")]
    [InlineData("/fr/recherche?q=NEUROENDOCRINES", "/fr/types-de-cancer/tumeurs-neuroendocrines")]
    public async Task A_search_finds_the_page_a_person_is_looking_for(string path, string expected)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = document.QuerySelectorAll(".wf-result__title a").Select(a => a.GetAttribute("href")).Take(3).ToList();
        Assert.Contains(expected, results);
    }

    [Theory]
    [InlineData("/en/search?q=Sandostatin%20LAR", "/en/drugs/octreotide")]
    [InlineData("/en/search?q=lutathera", "/en/drugs/lutetium-lu-177-dotatate")]
    [InlineData("/fr/recherche?q=Afinitor", "/fr/medicaments/everolimus")]
    public async Task A_brand_name_search_leads_to_the_generic_sheet(string path, string sheet)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(sheet, document.QuerySelector(".wf-brand-match a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Accents_do_not_matter_in_french_search()
    {
        var (_, withAccent) = await Html.GetAsync(factory.CreateClient(), "/fr/recherche?q=pr%C3%A9vention");
        var (_, without) = await Html.GetAsync(factory.CreateClient(), "/fr/recherche?q=prevention");

        Assert.NotEmpty(withAccent.QuerySelectorAll(".wf-result"));
        Assert.Equal(withAccent.QuerySelectorAll(".wf-result").Length, without.QuerySelectorAll(".wf-result").Length);
    }

    [Theory]
    [InlineData("/en/search")]
    [InlineData("/en/search?q=")]
    [InlineData("/en/search?q=%20%20")]
    [InlineData("/en/search?q=%00%01%02")]
    [InlineData("/en/search?q=%FF%FE")]
    [InlineData("/en/search?q=title:(a%20OR%20b)*")]
    [InlineData("/en/search?q=zzzzqqqq")]
    public async Task Odd_searches_get_a_helpful_page_never_an_error(string path)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector("main form[role=search]"));
        Assert.NotEmpty(document.QuerySelector("main")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_overlong_search_gets_a_400_page_that_says_why()
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), "/en/search?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200 characters", document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_toggles_to_the_french_search_with_the_same_words()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/search?q=carcinoid");

        Assert.Equal("/fr/recherche?q=carcinoid", document.QuerySelector(".wf-language-toggle")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Facet_links_filter_by_type_and_keep_the_words()
    {
        var client = factory.CreateClient();
        var (_, all) = await Html.GetAsync(client, "/en/search?q=fatigue");
        var guidesLink = all.QuerySelectorAll("nav[aria-labelledby=facet-type-title] a").Single(a => a.GetAttribute("href")!.Contains("type=symptom-guide", StringComparison.Ordinal));

        var (response, guides) = await Html.GetAsync(client, guidesLink.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/en/symptoms/fatigue", guides.QuerySelector(".wf-result__title a")!.GetAttribute("href"));
        Assert.All(guides.QuerySelectorAll(".wf-result__meta"), m => Assert.StartsWith("Symptom guides", m.TextContent, StringComparison.Ordinal));
        Assert.Equal("true", guides.QuerySelectorAll("nav[aria-labelledby=facet-type-title] a").Single(a => a.GetAttribute("href") == guidesLink.GetAttribute("href")).GetAttribute("aria-current"));
        Assert.Equal("fatigue", guides.QuerySelector("#search-page-q")!.GetAttribute("value"));
        Assert.Equal("symptom-guide", guides.QuerySelector("form[role=search] input[name=type]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_provider_filter_puts_the_provider_guide_first()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/search?q=constipation&audience=provider");

        Assert.Equal("/en/symptoms/constipation/provider", document.QuerySelector(".wf-result__title a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_misspelling_offers_did_you_mean_with_a_link_to_the_corrected_search()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/search?q=diarhea");

        var link = document.QuerySelector(".wf-did-you-mean a")!;
        Assert.Equal("diarrhea", link.TextContent);
        Assert.Equal("/en/search?q=diarrhea", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Results_come_in_pages_with_previous_and_next_links()
    {
        var client = factory.CreateClient();
        var (_, first) = await Html.GetAsync(client, "/en/search?q=cancer");
        var next = first.QuerySelector(".wf-pager a[rel=next]")!.GetAttribute("href")!;

        var (_, second) = await Html.GetAsync(client, next);

        Assert.Equal(10, first.QuerySelectorAll(".wf-result").Length);
        Assert.Null(first.QuerySelector(".wf-pager a[rel=prev]"));
        Assert.Equal("11", second.QuerySelector("ol.wf-results")!.GetAttribute("start"));
        Assert.Equal("/en/search?q=cancer", second.QuerySelector(".wf-pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Empty(first.QuerySelectorAll(".wf-result__title a").Select(a => a.GetAttribute("href"))
            .Intersect(second.QuerySelectorAll(".wf-result__title a").Select(a => a.GetAttribute("href"))));
    }

    [Fact]
    public async Task Snippets_highlight_the_words_found()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/fr/recherche?q=diarrh%C3%A9e");

        var marks = document.QuerySelectorAll(".wf-result__snippet mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.Contains("diarrhée", marks);
    }

    [Theory]
    [InlineData("/en/search?q=a", "2 letters")]
    [InlineData("/en/search?q=%00%01%02", "not letters or numbers")]
    [InlineData("/fr/recherche?q=x", "2 lettres")]
    public async Task One_letter_and_binary_searches_say_what_to_do(string path, string advice)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Contains(advice, document.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll(".wf-result"));
    }

    [Theory]
    [InlineData("/en/search?q=carcinoid&type=video")]
    [InlineData("/en/search?q=carcinoid&page=zero")]
    public async Task A_bad_filter_in_the_address_is_named_and_ignored(string path)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(document.QuerySelector("main [role=alert] li")!.TextContent);
        Assert.NotEmpty(document.QuerySelectorAll(".wf-result"));
    }

    [Fact]
    public async Task The_search_box_asks_for_suggestions_in_the_page_language()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/fr/recherche?q=fatigue");

        Assert.Equal("fr", document.QuerySelector("#search-page-q")!.GetAttribute("data-suggest"));
        Assert.Equal("fr", document.QuerySelector("#search")!.GetAttribute("data-suggest"));
    }
}

/// <summary>The index follows the data: imports made after start (by the CLI or another node) are found.</summary>
public sealed class SearchIndexRefreshTests : IDisposable
{
    private readonly WayfinderFactory factory = new() { Settings = new Dictionary<string, string> { ["Search:ImportPollSeconds"] = "1" } };

    [SkippableFact]
    public async Task Trials_imported_after_start_become_searchable_in_both_languages()
    {
        var folder = Path.Combine(SharedData.Folder, "clinicaltrials");
        var missing = TestTools.Missing(Directory.Exists(folder) ? folder : null, "The ClinicalTrials.gov fixtures");
        Skip.If(missing is not null, missing);
        var client = factory.CreateClient();
        var before = await SearchAsync(client, "/api/search?q=NCT05594173&type=trial");

        await using (var db = factory.OpenDatabase())
        {
            await new Wayfinder.Trials.TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(folder);
        }

        var after = await PollAsync(client, "/api/search?q=NCT05594173&type=trial");
        var french = await SearchAsync(client, "/api/search?q=NCT05594173&type=trial&lang=fr");

        Assert.Equal(0, before.GetProperty("total").GetInt32());
        Assert.Equal("/en/clinical-trials/NCT05594173", after.GetProperty("results")[0].GetProperty("url").GetString());
        Assert.Equal("/fr/essais-cliniques/NCT05594173", french.GetProperty("results")[0].GetProperty("url").GetString());
    }

    [SkippableFact]
    public async Task Health_canada_brand_names_imported_after_start_lead_to_their_sheet()
    {
        var extract = SharedData.File("drugs/hc_dpd_allfiles_marketed.zip");
        var missing = TestTools.Missing(extract, "The DPD extract");
        Skip.If(missing is not null, missing);
        var client = factory.CreateClient();
        // "Afinitor Disperz" is a Canadian product of everolimus that no page names.
        var before = await SearchAsync(client, "/api/search?q=disperz");

        await using (var db = factory.OpenDatabase())
        {
            await new Wayfinder.Data.Dpd.DpdImporter(db, TimeProvider.System).ImportAsync(extract!);
        }

        var found = await PollAsync(client, "/api/search?q=disperz");

        Assert.Equal(0, before.GetProperty("total").GetInt32());
        Assert.Equal("/en/drugs/everolimus", found.GetProperty("results")[0].GetProperty("url").GetString());
    }

    private static async Task<JsonElement> PollAsync(HttpClient client, string path)
    {
        var json = await SearchAsync(client, path);
        for (var attempt = 0; attempt < 60 && json.GetProperty("total").GetInt32() == 0; attempt++)
        {
            await Task.Delay(250);
            json = await SearchAsync(client, path);
        }

        return json;
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string path) =>
        JsonDocument.Parse(await client.GetStringAsync(path)).RootElement;

    public void Dispose() => factory.Dispose();
}
