using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Symptoms;

public sealed class SymptomGuideTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    public static TheoryData<string, string> Guides()
    {
        var data = new TheoryData<string, string>();
        foreach (var guide in new ContentLoader().Load(Repository.Content).Items.OfType<SymptomGuide>().Where(g => g.Url is not null))
        {
            data.Add(guide.Url!, guide.Audience == Audience.Provider ? "provider" : "patient");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public async Task Every_guide_renders_with_its_severity_anchors(string path, string version)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lang = path.StartsWith("/fr/", StringComparison.Ordinal) ? "fr" : "en";
        var anchors = version == "patient"
            ? new[] { "mild", "moderate", "severe", "when-to-call" }
            : new[] { "screening", "red-flags", "management-mild", "management-moderate", "management-severe" };
        // French guides name their sections in French (#leger, #quand-appeler).
        Assert.All(anchors, id => Assert.NotNull(document.GetElementById(Wayfinder.Content.Schemas.ContentSchemas.SectionId(id, lang))));
        if (version == "patient")
        {
            Assert.NotEmpty(document.QuerySelectorAll(".wf-resource a[href^='https://']"));
            Assert.All(document.QuerySelectorAll(".wf-resource__type"), t => Assert.False(string.IsNullOrWhiteSpace(t.TextContent)));
        }
    }

    [Theory]
    [InlineData("/en/symptoms", "en")]
    [InlineData("/fr/symptomes", "fr")]
    public async Task The_index_lists_both_versions_of_every_guide_every_sheet_and_the_self_check(string path, string lang)
    {
        var snapshot = factory.Services.GetRequiredService<ContentStore>().Current;

        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var links = document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(snapshot.Items.OfType<SymptomGuide>().Where(g => g.Lang == lang), g => Assert.Contains(g.Url, links));
        Assert.All(snapshot.Items.OfType<SideEffectSheet>().Where(s => s.Lang == lang), s => Assert.Contains(s.Url, links));
        Assert.Contains(lang == "fr" ? "/fr/auto-evaluation" : "/en/self-check", links);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task A_self_check_result_links_to_a_guide_section_that_exists_in_its_language(string lang)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/self-check", new StringContent(
            "{\"lang\":\"" + lang + "\",\"scores\":{\"pain\":5,\"nausea\":8,\"flushing\":2}}", System.Text.Encoding.UTF8, "application/json"));
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        foreach (var symptom in json.RootElement.GetProperty("symptoms").EnumerateArray())
        {
            var url = symptom.GetProperty("guideUrl").GetString()!;
            Assert.StartsWith($"/{lang}/", url, StringComparison.Ordinal);
            var (page, document) = await Html.GetAsync(client, url.Split('#')[0]);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.NotNull(document.GetElementById(url.Split('#')[1]));
        }
    }
}
