using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wayfinder.Tests.Shared;
using Wayfinder.Trials;

namespace Wayfinder.Web.Tests.Features.CancerTypes;

/// <summary>
/// An agency adds a cancer type by writing files only. A made-up one ("examplocytoma": hub in
/// English and French with only the common fields, one sub-page each) must be served, listed,
/// in the sitemap, found by search under its names, and given its own trials, with no code change.
/// </summary>
public sealed class NewCancerTypeTests : IClassFixture<NewCancerTypeTests.WithExamplocytoma>
{
    private readonly WithExamplocytoma factory;

    public NewCancerTypeTests(WithExamplocytoma factory) => this.factory = factory;

    public sealed class WithExamplocytoma : WayfinderFactory
    {
        private static readonly string Content = Repository.CopyContent();

        public WithExamplocytoma()
        {
            ContentPath = Content;
            ImportTrials();
        }

        public string? Missing { get; private set; }

        static WithExamplocytoma()
        {
            const string Source = "sources:\n  - title: Example source\n    publisher: Canadian Cancer Society\n    year: 2024\n    url: https://cancer.ca/en\n";
            const string Dates = "reviewed: 2026-11-20\nnext_review: 2027-11-20\n";
            Write("en/cancer-types/examplocytoma/index.md",
                "---\nid: examplocytoma\ntype: cancer-type\ntitle: Examplocytoma\nsummary: Examplocytoma is a made-up cancer used to test the site.\naudience: all\nlang: en\n"
                + Dates + "also_known_as: [sample cell tumour]\ntopics: [examplocytoma-basics]\n" + Source
                + "---\n## What it is {#what-it-is}\n\nExamplocytoma is not a real cancer. This page tests the site.\n");
            Write("fr/types-de-cancer/examplocytome/index.md",
                "---\nid: examplocytoma\ntype: cancer-type\ntitle: Examplocytome\nsummary: L'examplocytome est un cancer inventé pour tester le site.\naudience: all\nlang: fr\ntranslation_of: examplocytoma\n"
                + Dates + "topics: [examplocytoma-basics]\n" + Source
                + "---\n## Ce que c'est {#ce-que-c-est}\n\nL'examplocytome n'est pas un vrai cancer. Cette page sert à tester le site.\n");
            Write("en/cancer-types/examplocytoma/basics.md",
                "---\nid: examplocytoma-basics\ntype: topic\ntitle: Examplocytoma basics\nsummary: The basics of a made-up cancer.\naudience: patient\nlang: en\n"
                + Dates + Source + "---\n## Basics {#basics}\n\nThis page has the basics.\n");
            Write("fr/types-de-cancer/examplocytome/notions-de-base.md",
                "---\nid: examplocytoma-basics\ntype: topic\ntitle: Notions de base sur l'examplocytome\nsummary: Les notions de base d'un cancer inventé.\naudience: patient\nlang: fr\ntranslation_of: examplocytoma-basics\n"
                + Dates + Source + "---\n## Notions de base {#notions-de-base}\n\nCette page donne les notions de base.\n");
        }

        /// <summary>
        /// Trials imported before the site knew the new cancer type (tagged with the shipped
        /// cancer types only): the site must tag them itself when it loads the new content.
        /// </summary>
        private void ImportTrials()
        {
            var study = SharedData.File("clinicaltrials/v2/aact_NCT05594173.json");
            Missing = TestTools.Missing(study, "The ClinicalTrials.gov fixture");
            if (Missing is not null)
            {
                return;
            }

            var folder = Path.Combine(Path.GetTempPath(), "wayfinder-new-type-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            foreach (var (nctId, condition) in new[] { ("NCT90000001", "Examplocytoma"), ("NCT90000002", "Neuroendocrine Tumors") })
            {
                var json = JsonNode.Parse(File.ReadAllText(study!))!;
                json["protocolSection"]!["identificationModule"]!["nctId"] = nctId;
                json["protocolSection"]!["statusModule"]!["overallStatus"] = "RECRUITING";
                json["protocolSection"]!["conditionsModule"] = new JsonObject { ["conditions"] = new JsonArray(condition) };
                File.WriteAllText(Path.Combine(folder, nctId + ".json"), json.ToJsonString());
            }

            using var db = OpenDatabase();
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.Migrate(db.Database);
            new TrialImporter(db, TimeProvider.System, ShippedCancerTypes.Catalog).ImportAsync(folder).GetAwaiter().GetResult();
            Directory.Delete(folder, recursive: true);
        }

        private static void Write(string relative, string text)
        {
            var path = Path.Combine(Content, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            try
            {
                Directory.Delete(Content, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [Theory]
    [InlineData("/en/cancer-types/examplocytoma", "Examplocytoma")]
    [InlineData("/fr/types-de-cancer/examplocytome", "Examplocytome")]
    [InlineData("/en/cancer-types/examplocytoma/basics", "Examplocytoma basics")]
    [InlineData("/fr/types-de-cancer/examplocytome/notions-de-base", "Notions de base sur l'examplocytome")]
    public async Task Its_hub_and_sub_page_are_served_in_both_languages(string path, string title)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, document.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/en/cancer-types", "/en/cancer-types/examplocytoma", "/en/cancer-types/neuroendocrine-tumours")]
    [InlineData("/fr/types-de-cancer", "/fr/types-de-cancer/examplocytome", "/fr/types-de-cancer/tumeurs-neuroendocrines")]
    public async Task The_cancer_types_page_lists_it_beside_the_others(string path, string added, string shipped)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector($".wf-cancer-types a[href='{added}']"));
        Assert.NotNull(document.QuerySelector($".wf-cancer-types a[href='{shipped}']"));
    }

    [Fact]
    public async Task The_sitemap_has_its_pages_with_their_translations()
    {
        var sitemap = await factory.CreateClient().GetStringAsync("/sitemap.xml");

        Assert.Contains("/en/cancer-types/examplocytoma</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/fr/types-de-cancer/examplocytome/notions-de-base</loc>", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("examplocytoma")]
    [InlineData("sample cell tumour")]
    public async Task Search_finds_the_hub_by_its_name_and_by_the_names_it_is_also_known_as(string query)
    {
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Wayfinder.Web.Features.Search.SiteSearch>(factory.Services).GetAsync(CancellationToken.None);

        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?lang=en&q=" + Uri.EscapeDataString(query)));

        Assert.Equal("/en/cancer-types/examplocytoma", json.RootElement.GetProperty("results")[0].GetProperty("url").GetString());
    }

    [SkippableFact]
    public async Task Trials_imported_before_the_new_files_are_tagged_to_it_by_the_site_and_the_finder_filters_by_it()
    {
        Skip.If(factory.Missing is not null, factory.Missing);
        var client = factory.CreateClient();

        // The site tags stored trials in the background once its content is loaded; wait for
        // it, and fail if it never happens.
        JsonElement results = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/trials?cancer-type=examplocytoma&status=any"));
            results = json.RootElement.GetProperty("results").Clone();
            if (results.GetArrayLength() > 0)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal(["NCT90000001"], results.EnumerateArray().Select(r => r.GetProperty("nctId").GetString()));
        using var net = JsonDocument.Parse(await client.GetStringAsync("/api/trials?cancer-type=neuroendocrine-tumours&status=any"));
        Assert.Equal(["NCT90000002"], net.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("nctId").GetString()));
        using var near = JsonDocument.Parse(await client.GetStringAsync("/api/trials?cancer-type=examplocytoma&near=43.65,-79.38&radiusKm=50"));
        Assert.Equal(["NCT90000001"], near.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("nctId").GetString()));

        var (_, finder) = await Html.GetAsync(client, "/fr/essais-cliniques?cancer-type=examplocytoma&status=ANY");
        Assert.Equal("Examplocytome", finder.QuerySelector("#trial-cancer-type option[selected]")!.TextContent);
        Assert.Contains("/fr/essais-cliniques/NCT90000001", finder.QuerySelector(".wf-results")!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("NCT90000002", finder.QuerySelector(".wf-results")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_cancer_type_is_a_400_that_names_the_field_and_the_known_ones()
    {
        var response = await factory.CreateClient().GetAsync("/api/trials?cancer-type=no-such-cancer");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = json.RootElement.GetProperty("errors").GetProperty("cancer-type")[0].GetString();
        Assert.Contains("examplocytoma", message, StringComparison.Ordinal);
        Assert.Contains("neuroendocrine-tumours", message, StringComparison.Ordinal);
    }
}
