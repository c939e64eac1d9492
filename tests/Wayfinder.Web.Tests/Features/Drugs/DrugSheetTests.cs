using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Schemas;
using Wayfinder.Data;
using Wayfinder.Data.Dpd;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Drugs;

public sealed class DrugSheetTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    public static TheoryData<string> Sheets()
    {
        var data = new TheoryData<string>();
        foreach (var drug in new ContentLoader().Load(Repository.Content).Items.OfType<Drug>())
        {
            data.Add(drug.Url!);
        }

        return data;
    }

    public static TheoryData<string> Monographs()
    {
        var data = new TheoryData<string>();
        foreach (var monograph in new ContentLoader().Load(Repository.Content).Items.OfType<DrugMonograph>())
        {
            data.Add(monograph.Url!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public async Task Every_sheet_has_its_side_effect_table_with_urgency_in_words_and_links_its_provider_monograph(string path)
    {
        var snapshot = factory.Services.GetRequiredService<ContentStore>().Current;
        var drug = Assert.IsType<Drug>(snapshot.FindByUrl(path));

        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = document.QuerySelectorAll(".wf-side-effects tbody tr");
        Assert.Equal(drug.SideEffects.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(drug.SideEffects[i].Effect, rows[i].QuerySelector("th")!.TextContent);
            Assert.Contains($"wf-card--{drug.SideEffects[i].Urgency}", rows[i].QuerySelector(".wf-card")!.ClassName, StringComparison.Ordinal);
            Assert.EndsWith(":", rows[i].QuerySelector(".wf-card__label")!.TextContent, StringComparison.Ordinal);
        }

        var monograph = Assert.IsType<DrugMonograph>(snapshot.MonographOf(drug));
        Assert.NotNull(document.QuerySelector($".wf-drug-actions a[href='{monograph.Url}']"));
        Assert.Equal(drug.Pronunciation, document.QuerySelector(".wf-drug-facts dd")!.TextContent);
        // The patient sheet carries no provider part: that is the monograph's.
        foreach (var providerSection in ContentSchemas.DrugMonographSections.Except(ContentSchemas.DrugSections))
        {
            Assert.Null(document.GetElementById(ContentSchemas.SectionId(providerSection, drug.Lang)));
        }

        // The table comes right after the side-effects section and before the interactions one.
        var (effects, interactions) = (ContentSchemas.SectionId("side-effects", drug.Lang), ContentSchemas.SectionId("interactions", drug.Lang));
        var order = document.QuerySelectorAll($"#{effects}, .wf-side-effects, #{interactions}").Select(e => string.IsNullOrEmpty(e.Id) ? "table" : e.Id).ToList();
        Assert.Equal([effects, "table", interactions], order);
    }

    [Theory]
    [MemberData(nameof(Monographs))]
    public async Task Every_monograph_has_its_provider_sections_and_links_back_to_its_patient_sheet(string path)
    {
        var snapshot = factory.Services.GetRequiredService<ContentStore>().Current;
        var monograph = Assert.IsType<DrugMonograph>(snapshot.FindByUrl(path));
        var sheet = Assert.IsType<Drug>(snapshot.SheetOf(monograph));

        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Audience.Provider, monograph.Audience);
        Assert.NotNull(document.QuerySelector($".wf-drug-actions a[href='{sheet.Url}']"));
        var ids = ContentSchemas.RequiredSections(monograph);
        Assert.Equal(ids, document.QuerySelectorAll(".wf-prose h2[id]").Select(h => h.Id!).Where(ids.Contains));
        // The sheet's language switch leads to the same view in the other language.
        var other = snapshot.TranslationOf(monograph)!;
        Assert.Contains(document.QuerySelectorAll("link[rel='alternate']"), l => l.GetAttribute("href")!.EndsWith(other.Url!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/en/drugs/octreotide?audience=provider", "/en/drugs/octreotide/provider")]
    [InlineData("/fr/medicaments/cisplatine?audience=provider", "/fr/medicaments/cisplatine/professionnels")]
    public async Task The_old_provider_view_of_a_sheet_redirects_to_its_monograph(string old, string monograph)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(monograph, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/fr/medicaments/cisplatin", "/fr/medicaments/cisplatine")]
    [InlineData("/fr/medicaments/carboplatin", "/fr/medicaments/carboplatine")]
    [InlineData("/fr/medicaments/fluorouracil", "/fr/medicaments/fluorouracile")]
    [InlineData("/fr/medicaments/streptozocin/pdf", "/fr/medicaments/streptozocine/pdf")]
    public async Task French_sheets_moved_to_their_french_names_and_the_old_addresses_redirect(string old, string now)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(now, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(now.Replace("/pdf", "", StringComparison.Ordinal))).StatusCode);
    }

    public static TheoryData<string, string> BrandAddresses()
    {
        var data = new TheoryData<string, string>();
        var snapshot = new ContentLoader().Load(Repository.Content);
        foreach (var drug in snapshot.Items.OfType<Drug>())
        {
            foreach (var brand in drug.BrandNames)
            {
                data.Add(drug.Url![..drug.Url!.LastIndexOf('/')] + "/" + Drug.SlugOf(brand), drug.Url!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrandAddresses))]
    public async Task Every_brand_address_redirects_permanently_to_its_generic_sheet(string brandPath, string sheetPath)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(brandPath);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(sheetPath, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/en/drugs/sandostatin", "/en/drugs/octreotide")]
    [InlineData("/en/drugs/somatuline-autogel", "/en/drugs/lanreotide")]
    [InlineData("/en/drugs/afinitor", "/en/drugs/everolimus")]
    [InlineData("/en/drugs/sutent", "/en/drugs/sunitinib")]
    [InlineData("/en/drugs/lutathera", "/en/drugs/lutetium-lu-177-dotatate")]
    public async Task The_brands_named_in_the_design_lead_to_their_sheets(string brandPath, string sheetPath)
    {
        var response = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(brandPath);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(sheetPath, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Without_imported_data_a_sheet_says_where_to_look_and_shows_no_operator_command()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/drugs/octreotide");

        var products = document.QuerySelector(".wf-products")!.TextContent;
        Assert.Contains("Drug Product Database", products, StringComparison.Ordinal);
        Assert.DoesNotContain("import-dpd", products, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet", products, StringComparison.Ordinal);
    }
}

/// <summary>Sheets with Health Canada's real product data imported into the site's database.</summary>
public sealed class DrugProductDataTests : IDisposable
{
    private readonly WayfinderFactory factory = new();

    [SkippableFact]
    public async Task After_an_import_the_octreotide_sheet_lists_sandostatin_lar_with_its_dins_and_the_import_date()
    {
        await ImportAsync();

        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/drugs/octreotide");

        var rows = document.QuerySelectorAll(".wf-products__table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("02239323", StringComparison.Ordinal) && r.Contains("SANDOSTATIN LAR", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("00839191", StringComparison.Ordinal));
        Assert.NotNull(document.QuerySelector(".wf-products__date time[datetime]"));
    }

    [SkippableFact]
    public async Task Brand_names_from_the_imported_data_redirect_and_appear_in_the_index()
    {
        await ImportAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        // A generic brand that only Health Canada's data knows, not the sheet's front matter.
        var redirect = await client.GetAsync("/en/drugs/octreotide-acetate-omega");
        var (_, index) = await Html.GetAsync(client, "/en/drugs");

        Assert.Equal("/en/drugs/octreotide", redirect.Headers.Location?.OriginalString);
        Assert.Contains(index.QuerySelectorAll(".wf-drug-list a"), a => a.TextContent == "Octreotide Acetate Omega" && a.GetAttribute("href") == "/en/drugs/octreotide");
    }

    private async Task ImportAsync()
    {
        var extract = SharedData.File("drugs/hc_dpd_allfiles_marketed.zip");
        Skip.If(extract is null, "the DPD extract is missing");
        await using var db = factory.OpenDatabase();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
        await new DpdImporter(db, TimeProvider.System).ImportAsync(extract!);
    }

    public void Dispose() => factory.Dispose();
}

public sealed class DrugIndexTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/drugs", "en")]
    [InlineData("/fr/medicaments", "fr")]
    public async Task The_index_lists_every_sheet_and_brand_a_to_z(string path, string lang)
    {
        var snapshot = factory.Services.GetRequiredService<ContentStore>().Current;

        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = document.QuerySelectorAll(".wf-drug-list a").Select(a => (Text: a.TextContent, Href: a.GetAttribute("href"))).ToList();
        foreach (var drug in snapshot.Drugs(lang))
        {
            Assert.Contains((drug.Title, drug.Url), links);
            foreach (var brand in drug.BrandNames)
            {
                Assert.Contains((brand, drug.Url), links);
            }
        }

        Assert.All(document.QuerySelectorAll(".wf-letters a"), a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public async Task The_cancer_type_filter_is_a_plain_form_that_keeps_its_choice_and_narrows_the_list()
    {
        var (_, all) = await Html.GetAsync(factory.CreateClient(), "/en/drugs");
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/drugs?cancer-type=neuroendocrine-tumours");

        var box = document.QuerySelector("form.wf-filter input#cancer-type-neuroendocrine-tumours")!;
        Assert.True(box.HasAttribute("checked"));
        Assert.Equal("cancer-type", box.GetAttribute("name"));
        Assert.Contains("neuroendocrine tumours (NETs)", document.QuerySelector("label[for='cancer-type-neuroendocrine-tumours']")!.TextContent, StringComparison.Ordinal);
        Assert.False(all.QuerySelector("form.wf-filter input#cancer-type-neuroendocrine-tumours")!.HasAttribute("checked"));
        Assert.Equal("get", document.QuerySelector("form.wf-filter")!.GetAttribute("method"));
        Assert.NotEmpty(document.QuerySelectorAll(".wf-drug-list a"));
        Assert.True(document.QuerySelectorAll(".wf-drug-list a").Length <= all.QuerySelectorAll(".wf-drug-list a").Length);
    }

    [Theory]
    [InlineData("/en/drugs?nets=1", "/en/drugs?cancer-type=neuroendocrine-tumours")]
    [InlineData("/fr/medicaments?nets=1", "/fr/medicaments?cancer-type=neuroendocrine-tumours")]
    public async Task The_old_nets_filter_address_redirects_to_the_cancer_type_filter(string old, string now)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(old);
        var plain = await client.GetAsync(old.Split('?')[0]);

        Assert.Equal(System.Net.HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(now, response.Headers.Location!.OriginalString);
        Assert.Equal(System.Net.HttpStatusCode.OK, plain.StatusCode);
    }

    [Fact]
    public async Task A_sheet_says_which_cancer_types_it_is_used_for_with_links_to_their_hubs()
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), "/en/drugs/octreotide");

        var link = document.QuerySelector(".wf-drug-facts a[href='/en/cancer-types/neuroendocrine-tumours']");
        Assert.Equal("Neuroendocrine tumours (NETs)", link?.TextContent);
    }
}

/// <summary>Content and drug sheets keep serving when the database cannot be reached.</summary>
public sealed class DatabaseDownTests : IDisposable
{
    private readonly WayfinderFactory factory = new() { ConnectionString = "Data Source=/proc/wayfinder-no-such-folder/x.db;Mode=ReadOnly" };

    [Fact]
    public async Task A_drug_sheet_still_serves_and_says_product_data_is_unavailable()
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), "/en/drugs/octreotide");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not available right now", document.QuerySelector(".wf-products")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_pages_serve_and_readiness_reports_the_database()
    {
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/cancer-types/neuroendocrine-tumours")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/drugs")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    public void Dispose() => factory.Dispose();
}
