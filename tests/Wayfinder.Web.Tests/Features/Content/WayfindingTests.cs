using System.Text.RegularExpressions;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Content;

/// <summary>Where am I, and where is the other version of this page?</summary>
public sealed partial class WayfindingTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Theory]
    [InlineData("/en/drugs/octreotide", "/en/drugs")]
    [InlineData("/en/drugs/octreotide/provider", "/en/drugs/octreotide")]
    [InlineData("/fr/medicaments/cisplatine", "/fr/medicaments")]
    [InlineData("/en/symptoms/pain", "/en/symptoms")]
    [InlineData("/en/symptoms/pain/provider", "/en/symptoms/pain")]
    [InlineData("/fr/symptomes/douleur", "/fr/symptomes")]
    [InlineData("/en/cancer-types/neuroendocrine-tumours", "/en/cancer-types")]
    public async Task Breadcrumbs_show_the_real_path_not_only_home(string path, string parent)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var crumbs = document.QuerySelectorAll(".wf-breadcrumbs a").Select(a => a.GetAttribute("href")).ToList();
        Assert.True(crumbs.Count >= 2, $"only {crumbs.Count} breadcrumb(s) on {path}");
        Assert.Contains(parent, crumbs);
        Assert.All(document.QuerySelectorAll(".wf-breadcrumbs a"), a => Assert.False(string.IsNullOrWhiteSpace(a.TextContent)));
    }

    [Theory]
    [InlineData("/en/symptoms/pain", "/en/symptoms/pain/provider")]
    [InlineData("/en/symptoms/pain/provider", "/en/symptoms/pain")]
    [InlineData("/fr/symptomes/douleur", "/fr/symptomes/douleur/professionnels")]
    public async Task A_guide_links_to_its_other_version(string path, string other)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        Assert.NotNull(document.QuerySelector($".wf-version-link a[href='{other}']"));
    }

    [Theory]
    [InlineData("/en/symptoms/pain/provider", "product monographs")]
    [InlineData("/en/drugs/octreotide/provider", "product monographs")]
    [InlineData("/fr/symptomes/douleur/professionnels", "monographies de produit")]
    public async Task Provider_pages_carry_a_draft_notice_written_for_providers(string path, string words)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var notice = document.QuerySelector(".wf-draft-notice")!.TextContent;
        Assert.Contains(words, notice, StringComparison.Ordinal);
        Assert.DoesNotContain("prepare questions", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fr/types-de-cancer/tumeurs-neuroendocrines", "révisée")]
    [InlineData("/fr/medicaments/octreotide/professionnels", "révisée")]
    [InlineData("/fr/symptomes/douleur", "révisée")]
    [InlineData("/en/drugs/octreotide", "reviewed")]
    public async Task A_draft_is_named_with_one_label_in_its_notice_and_its_review_status(string path, string word)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        var notice = document.QuerySelector(".wf-draft-notice__title")!.TextContent.Trim();
        Assert.Contains(word, notice, StringComparison.Ordinal);
        Assert.Contains(notice, document.QuerySelector(".wf-footer")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/fr/types-de-cancer/tumeurs-neuroendocrines")]
    [InlineData("/fr/medicaments/octreotide")]
    [InlineData("/fr/medicaments/octreotide/professionnels")]
    [InlineData("/fr/symptomes/diarrhee")]
    [InlineData("/fr/types-de-cancer/tumeurs-neuroendocrines/pancreas")]
    [InlineData("/fr/auto-evaluation")]
    [InlineData("/fr/essais-cliniques")]
    public async Task French_pages_keep_a_non_breaking_space_before_high_punctuation(string path)
    {
        var (_, document) = await Html.GetAsync(factory.CreateClient(), path);

        // Source titles keep the words they were published with, often in English.
        foreach (var published in document.QuerySelectorAll(".wf-sources, [lang='en']").ToList())
        {
            published.Remove();
        }

        var text = document.Body!.TextContent;
        var wrong = LooseMark().Matches(text).Select(m => m.Value).ToList();
        Assert.True(wrong.Count == 0, $"{path}: {string.Join(" | ", wrong.Take(5))}");
    }

    /// <summary>A word, an ordinary space or none, then : ; ? or ! ("Alerte :" with a plain space).</summary>
    [GeneratedRegex(@"\w{2,}[ ]?[:;?!](?=\s|$)")]
    private static partial Regex LooseMark();
}
