using System.Net;
using System.Text.Json;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Content;

/// <summary>The NETs hub: every element of the page we model, in both languages.</summary>
public sealed class HubPageTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    public const string English = "/en/cancer-types/neuroendocrine-tumours";
    public const string French = "/fr/types-de-cancer/tumeurs-neuroendocrines";

    [Theory]
    [InlineData(English, new[] { "overview", "risk-and-prevention", "diagnosis", "treatment", "drug-therapy-information", "radionuclide-therapy", "managing-symptoms-and-side-effects", "clinical-trials", "palliative-care", "after-treatment", "end-of-life-care" })]
    [InlineData(French, new[] { "apercu", "risques-et-prevention", "diagnostic", "traitement", "traitements-medicamenteux", "therapie-par-radionucleides", "symptomes-et-effets-secondaires", "essais-cliniques", "soins-palliatifs", "apres-le-traitement", "soins-de-fin-de-vie" })]
    public async Task The_hub_covers_every_section_of_the_outline_in_order(string path, string[] sections)
    {
        var (response, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = document.QuerySelectorAll(".wf-prose h2[id]").Select(h => h.Id!).ToList();
        Assert.Equal(sections, ids.Where(sections.Contains));
    }

    [Theory]
    [InlineData(English)]
    [InlineData(French)]
    public async Task The_hub_has_whats_on_this_page_by_audience_and_other_organisations(string path)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var groups = document.QuerySelectorAll(".wf-audience-nav__group");
        Assert.Equal(3, groups.Length);
        Assert.All(groups, g => Assert.NotEmpty(g.QuerySelectorAll("a")));
        foreach (var anchor in document.QuerySelectorAll(".wf-audience-nav a[href^='#']"))
        {
            Assert.NotNull(document.GetElementById(anchor.GetAttribute("href")![1..]));
        }

        var organisations = document.QuerySelectorAll("#organisations ~ ul .wf-organisation a[href^='https://']");
        Assert.True(organisations.Length >= 5, "expected the real organisations with their sites");
        Assert.Contains(document.QuerySelectorAll(".wf-organisation a[href^='tel:']"), a => a.TextContent == "811");
    }

    [Theory]
    [InlineData(English, "Emergency:", "Urgent:")]
    [InlineData(French, "Urgence\u00a0:", "Urgent\u00a0:")]
    public async Task The_hub_shows_urgency_cards_that_say_their_urgency_in_words(string path, string emergency, string urgent)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var labels = document.QuerySelectorAll(".wf-card__label").Select(l => l.TextContent).ToList();
        Assert.Contains(emergency, labels);
        Assert.Contains(urgent, labels);
        Assert.Contains("911", document.QuerySelector(".wf-card--emergency")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(English)]
    [InlineData(French)]
    public async Task The_hub_describes_itself_as_a_medical_web_page_about_a_condition(string path)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var json = document.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var data = JsonDocument.Parse(json);
        Assert.Equal("MedicalWebPage", data.RootElement.GetProperty("@type").GetString());
        Assert.Equal("MedicalCondition", data.RootElement.GetProperty("about").GetProperty("@type").GetString());
        // A draft claims no clinical review; when it last changed is still given.
        Assert.False(data.RootElement.TryGetProperty("lastReviewed", out _), "a draft must not claim lastReviewed");
        Assert.False(data.RootElement.TryGetProperty("reviewedBy", out _), "a draft must not claim reviewedBy");
        Assert.Equal("2026-11-24", data.RootElement.GetProperty("dateModified").GetString());
    }

    [Theory]
    [InlineData(English)]
    [InlineData(French)]
    public async Task The_hub_html_stays_under_60_kilobytes(string path)
    {
        var bytes = await factory.CreateClient().GetByteArrayAsync(path);

        Assert.True(bytes.Length < 60 * 1024, $"{path} is {bytes.Length} bytes");
    }

    [Fact]
    public async Task French_text_from_the_templates_is_sent_as_characters_not_numeric_entities()
    {
        var html = await factory.CreateClient().GetStringAsync(French);

        Assert.Contains(">English<", html, StringComparison.Ordinal);
        Assert.Contains("Passer à la recherche", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("&#x(E[0-9A-F]|C[0-9A-F]|2013|2019);", html);
    }
}
