using System.Net;
using System.Text.Json;
using Wayfinder.Data;
using Wayfinder.Tests.Shared;
using Wayfinder.Trials;

namespace Wayfinder.Web.Tests.Features.Trials;

/// <summary>The finder and trial pages over the real ClinicalTrials.gov fixtures and postal areas.</summary>
public sealed class TrialFinderTests : IClassFixture<TrialFinderTests.WithTrials>
{
    private readonly WithTrials factory;

    public TrialFinderTests(WithTrials factory) => this.factory = factory;

    public sealed class WithTrials : WayfinderFactory
    {
        public WithTrials()
        {
            var folder = Path.Combine(SharedData.Folder, "clinicaltrials");
            var csv = SharedData.File("geo/pypostalcode_ca_fsa_centroids.csv");
            Missing = TestTools.Missing(Directory.Exists(folder) && csv is not null ? folder : null, "The ClinicalTrials.gov and postal fixtures");
            if (Missing is not null)
            {
                return;
            }

            using var db = OpenDatabase();
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.Migrate(db.Database);
            new TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(folder).GetAwaiter().GetResult();
            new PostalAreaImporter(db).ImportAsync(csv!).GetAwaiter().GetResult();
        }

        public string? Missing { get; }
    }

    [SkippableFact]
    public async Task Near_a_postal_code_finds_the_toronto_trial_with_its_distance_first()
    {
        var json = await Get("/api/trials?status=any&near=M5G%202A2&radiusKm=25");

        var first = json.GetProperty("results")[0];
        Assert.Equal("NCT05594173", first.GetProperty("nctId").GetString());
        Assert.InRange(first.GetProperty("distanceKm").GetDouble(), 0, 25);
    }

    [SkippableFact]
    public async Task Results_are_sorted_by_distance()
    {
        var json = await Get("/api/trials?status=any&near=43.65,-79.38&radiusKm=5000");

        var distances = json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.True(distances.Count >= 2);
        Assert.Equal(distances.Order(), distances);
    }

    [SkippableFact]
    public async Task The_default_status_is_recruiting_or_not_yet_recruiting()
    {
        var all = await Get("/api/trials?status=any");
        var open = await Get("/api/trials");

        Assert.True(all.GetProperty("total").GetInt32() > open.GetProperty("total").GetInt32());
        Assert.All(open.GetProperty("results").EnumerateArray(), r => Assert.Contains(r.GetProperty("status").GetString(), TrialSearch.DefaultStatuses));
    }

    [SkippableFact]
    public async Task Age_and_condition_filters_narrow_the_results()
    {
        var adults = await Get("/api/trials?status=any&condition=dysphagia&age=40");
        var tooOld = await Get("/api/trials?status=any&condition=dysphagia&age=90");

        Assert.Equal("NCT05594173", adults.GetProperty("results")[0].GetProperty("nctId").GetString());
        Assert.Equal(0, tooOld.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("carcinoid")]
    [InlineData("pNET")]
    [InlineData("GEP-NET")]
    [InlineData("neuroendocrine tumour")]
    public void A_condition_that_names_a_cancer_type_finds_that_cancer_types_terms(string condition)
    {
        var cancerType = ShippedCancerTypes.Catalog.ForCondition(condition);

        Assert.Equal("neuroendocrine-tumours", cancerType?.Id);
        Assert.Contains("neuroendocrine", cancerType!.SearchWords);
        Assert.Contains("carcinoid", cancerType.SearchWords);
    }

    [SkippableTheory]
    [InlineData("/api/trials?age=500", "age")]
    [InlineData("/api/trials?radiusKm=0", "radiusKm")]
    [InlineData("/api/trials?status=OPEN", "status")]
    [InlineData("/api/trials?phase=9", "phase")]
    [InlineData("/api/trials?sex=other", "sex")]
    [InlineData("/api/trials?near=Atlantis", "near")]
    [InlineData("/api/trials/NCT123", "nctId")]
    [InlineData("/api/trials?lang=de", "lang")]
    public async Task Bad_queries_get_a_400_that_names_the_field(string path, string field)
    {
        Skip.If(factory.Missing is not null, factory.Missing);
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [SkippableTheory]
    [InlineData("/en/clinical-trials/NCT05594173?near=M5G", "Who can join")]
    [InlineData("/fr/essais-cliniques/NCT05594173", "Qui peut participer")]
    public async Task A_trial_page_shows_who_can_join_criteria_and_sites(string path, string heading)
    {
        Skip.If(factory.Missing is not null, factory.Missing);
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, document.GetElementById("who-can-join")!.TextContent);
        Assert.Contains("18", document.QuerySelector(".wf-checklist")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll(".wf-sites li"));
        Assert.NotNull(document.QuerySelector("a[href='https://clinicaltrials.gov/study/NCT05594173']"));
    }

    [SkippableTheory]
    [InlineData("/en/clinical-trials?age=abc", "Age: enter a whole number from 0 to 120.")]
    [InlineData("/fr/essais-cliniques?age=abc", "Âge\u00a0: entrez un nombre entier de 0 à 120.")]
    [InlineData("/en/clinical-trials?radiusKm=0", "Distance: enter a whole number of kilometres from 1 to 5000.")]
    [InlineData("/en/clinical-trials?near=M5G2M", "looks like part of a postal code")]
    [InlineData("/fr/essais-cliniques?near=M5G2M", "ressemble à une partie de code postal")]
    [InlineData("/en/clinical-trials?near=Zzzzville", "We could not find the place")]
    public async Task The_finder_names_each_problem_in_words_in_the_pages_language(string path, string message)
    {
        Skip.If(factory.Missing is not null, factory.Missing);
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = document.QuerySelector(".wf-error-summary")!.TextContent;
        Assert.Contains(message, summary, StringComparison.Ordinal);
        Assert.DoesNotContain("'age'", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("'radiusKm'", summary, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/en/clinical-trials?condition=zzzqqq&near=M5G&radiusKm=50", "0 trials found", "Near: M5G (50 km)", "Canadian Cancer Trials")]
    [InlineData("/fr/essais-cliniques?condition=zzzqqq", "0 essais trouvés", "Maladie\u00a0: zzzqqq", "équipe de soins")]
    public async Task A_search_with_no_match_says_what_was_searched_and_where_else_to_look(string path, string count, string searched, string elsewhere)
    {
        Skip.If(factory.Missing is not null, factory.Missing);
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(count, document.GetElementById("results")!.TextContent);
        var none = document.QuerySelector(".wf-trials-none")!.TextContent;
        Assert.Contains(searched, none, StringComparison.Ordinal);
        Assert.Contains(elsewhere, none, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector(".wf-trials-none a[href^='https://']"));
    }

    [SkippableFact]
    public async Task Phases_read_in_words_in_french()
    {
        Skip.If(factory.Missing is not null, factory.Missing);
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/fr/essais-cliniques");

        var options = document.QuerySelectorAll("#trial-phase option").Select(o => o.TextContent).ToList();
        Assert.Contains("Phase 1 précoce", options);
        Assert.DoesNotContain(options, o => o.Contains("Early", StringComparison.Ordinal) || o.Contains("PHASE", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_finder_page_lists_results_and_flags_old_statuses()
    {
        Skip.If(factory.Missing is not null, factory.Missing);
        var (response, document) = await Html.GetAsync(factory.CreateClient(), "/en/clinical-trials?status=ANY");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(document.QuerySelectorAll(".wf-result"));
        Assert.NotEmpty(document.QuerySelectorAll(".wf-out-of-date"));
    }

    [SkippableFact]
    public async Task The_trial_api_answers_public_fields_only_with_the_page_in_the_language_asked()
    {
        var english = await Get("/api/trials/NCT05594173");
        var french = await Get("/api/trials/nct05594173?lang=fr");

        Assert.Equal("/en/clinical-trials/NCT05594173", english.GetProperty("url").GetString());
        Assert.Equal("/fr/essais-cliniques/NCT05594173", french.GetProperty("url").GetString());
        Assert.Equal("Dysphagia", english.GetProperty("conditions")[0].GetString());
        Assert.NotEmpty(english.GetProperty("sites").EnumerateArray());
        Assert.False(english.TryGetProperty("searchText", out _));
        Assert.False(english.TryGetProperty("importRunId", out _));
        Assert.False(english.GetProperty("sites")[0].TryGetProperty("trialStatus", out _));
    }

    [SkippableFact]
    public async Task Search_results_link_to_trial_pages_in_the_language_asked()
    {
        var french = await Get("/api/trials?status=any&lang=fr");

        Assert.All(french.GetProperty("results").EnumerateArray(),
            r => Assert.StartsWith("/fr/essais-cliniques/NCT", r.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_trial_address_in_lower_case_redirects_to_the_one_in_capitals()
    {
        Skip.If(factory.Missing is not null, factory.Missing);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/fr/essais-cliniques/nct05594173");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/fr/essais-cliniques/NCT05594173", response.Headers.Location!.OriginalString);
    }

    private async Task<JsonElement> Get(string path)
    {
        Skip.If(factory.Missing is not null, factory.Missing);
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}

public sealed class TrialEmptyAndDownTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Fact]
    public async Task With_no_trials_loaded_the_finder_says_so_in_plain_words_without_operator_commands()
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), "/en/clinical-trials");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = document.QuerySelector("main")!.TextContent;
        Assert.Contains("No clinical trials have been loaded", main, StringComparison.Ordinal);
        Assert.DoesNotContain("trials import", main, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_database_is_down_trial_pages_say_so_with_a_503()
    {
        using var down = new WayfinderFactory { ConnectionString = "Data Source=/proc/wayfinder-no-such-folder/x.db;Mode=ReadOnly" };
        var client = down.CreateClient();

        var finder = await client.GetAsync("/en/clinical-trials");
        var trial = await client.GetAsync("/en/clinical-trials/NCT05594173");
        var api = await client.GetAsync("/api/trials");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, finder.StatusCode);
        Assert.Contains("not available", await finder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, trial.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
    }

    [Fact]
    public async Task A_database_that_was_unreachable_at_start_is_migrated_and_used_once_it_is_back_without_a_restart()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"wayfinder-later-{Guid.NewGuid():N}");
        using var later = new WayfinderFactory { ConnectionString = $"Data Source={Path.Combine(folder, "x.db")};Pooling=false" };
        var client = later.CreateClient();
        var whileDown = await client.GetAsync("/api/trials");

        Directory.CreateDirectory(folder); // the database's volume comes back
        var recovered = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 40 && recovered != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(500);
            recovered = (await client.GetAsync("/api/trials")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered);
        Assert.True(File.Exists(Path.Combine(folder, "x.db")));
        later.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
