using Wayfinder.Content.Model;

namespace Wayfinder.Search.Tests;

[Collection(ContentIndexCollection.Name)]
public sealed class RankingTests(ContentIndexFixture fixture)
{
    [Fact]
    public void Every_drug_name_puts_its_sheet_first_in_its_language()
    {
        // Patient sheets: a provider monograph is a drug page too, for providers.
        var drugs = fixture.Documents.Where(d => d.Type == DocumentTypes.Drug && d.Audience != Audiences.Provider).ToList();
        Assert.True(drugs.Count >= 28, "expected the 14 drug sheets in both languages");
        var wrong = drugs
            .SelectMany(d => d.Names.Append(d.Title).Select(name => (Drug: d, Name: name)))
            .Where(x => fixture.Urls(x.Name, x.Drug.Lang).FirstOrDefault() != x.Drug.Url)
            .Select(x => $"[{x.Drug.Lang}] {x.Name} → {fixture.Urls(x.Name, x.Drug.Lang).FirstOrDefault()}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("octreotide", "en", "/en/drugs/octreotide/provider")]
    [InlineData("cisplatine", "fr", "/fr/medicaments/cisplatine/professionnels")]
    public void A_provider_searching_a_drug_finds_its_monograph_first(string name, string lang, string monograph)
    {
        Assert.Equal(monograph, fixture.Urls(name, lang, audience: Audiences.Provider)[0]);
        Assert.NotEqual(monograph, fixture.Urls(name, lang)[0]);
    }

    [Fact]
    public void A_brand_name_finds_pages_that_only_use_the_generic_name()
    {
        var urls = fixture.Urls("Sandostatin", pageSize: 50);
        Assert.Equal("/en/drugs/octreotide", urls[0]);
        Assert.Contains("/en/drugs/telotristat-ethyl", urls);
        Assert.Contains("/en/symptoms/flushing", urls);
    }

    [Fact]
    public void A_misspelt_brand_with_other_words_finds_the_drug_sheet()
    {
        Assert.Equal("/en/drugs/lutetium-lu-177-dotatate", fixture.Urls("lutathera side efects")[0]);
    }

    [Fact]
    public void Imported_brand_names_find_the_generic_sheet_in_both_languages()
    {
        var extra = new Dictionary<string, IReadOnlyList<string>> { ["octreotide"] = ["Mylan-Octreotide", "Octreotide Omega"] };
        using var index = SearchIndex.Build(ContentDocuments.From(fixture.Snapshot, extra), fixture.Synonyms);
        Assert.Equal("/en/drugs/octreotide", index.Urls("Mylan-Octreotide")[0]);
        Assert.Equal("/fr/medicaments/octreotide", index.Urls("mylan octreotide", "fr")[0]);
    }

    [Fact]
    public void Names_rank_above_title_above_summary_above_body()
    {
        using var index = TestDocuments.Index(
            TestDocuments.Page("/en/body", "Body", body: "About everolimus and more."),
            TestDocuments.Page("/en/summary", "Summary", summary: "About everolimus and more."),
            TestDocuments.Page("/en/title", "Everolimus guide"),
            TestDocuments.Page("/en/names", "Names", names: ["everolimus"]));
        Assert.Equal(["/en/names", "/en/title", "/en/summary", "/en/body"], index.Urls("everolimus"));
    }

    [Fact]
    public void The_patient_version_ranks_above_the_provider_version()
    {
        foreach (var (query, lang, patient, provider) in new[]
        {
            ("pain", "en", "/en/symptoms/pain", "/en/symptoms/pain/provider"),
            ("tiredness", "en", "/en/symptoms/fatigue", "/en/symptoms/fatigue/provider"),
            ("dyspnea", "en", "/en/symptoms/shortness-of-breath", "/en/symptoms/shortness-of-breath/provider"),
            ("douleur", "fr", "/fr/symptomes/douleur", "/fr/symptomes/douleur/professionnels"),
        })
        {
            var urls = fixture.Urls(query, lang, pageSize: 50).ToList();
            Assert.True(urls.IndexOf(patient) >= 0 && urls.IndexOf(patient) < urls.IndexOf(provider), $"{query}: {string.Join(", ", urls)}");
        }
    }

    [Fact]
    public void A_provider_version_ranks_just_below_its_patient_version_even_when_it_matches_better()
    {
        using var index = TestDocuments.Index(
            TestDocuments.Page("/en/symptoms/pain", "Pain", "Pain can be eased. Ask about opioid pain medicines."),
            TestDocuments.Page("/en/symptoms/pain/provider", "Pain: guide for providers", "Opioid rotation for pain. Opioid dosing.", audience: Audiences.Provider));
        Assert.Equal(["/en/symptoms/pain", "/en/symptoms/pain/provider"], index.Urls("pain opioid"));
    }

    [Fact]
    public void Provider_versions_come_first_when_a_provider_asks()
    {
        Assert.Equal("/en/symptoms/pain/provider", fixture.Urls("pain", audience: Audiences.Provider)[0]);
        Assert.Equal("/fr/symptomes/douleur/professionnels", fixture.Urls("douleur", "fr", audience: Audiences.Provider)[0]);
        var net = fixture.Urls("neuroendocrine tumour", audience: Audiences.Provider);
        Assert.True(net.ToList().IndexOf("/en/cancer-types/neuroendocrine-tumours/for-providers") < net.ToList().IndexOf("/en/cancer-types/neuroendocrine-tumours"));
    }

    [Fact]
    public void Trials_rank_below_content_pages_of_similar_relevance()
    {
        const string text = "Lanreotide for neuroendocrine tumours of the pancreas.";
        using var index = TestDocuments.Index(
            TestDocuments.Page("/en/clinical-trials/NCT00000001", "Lanreotide in pancreatic NETs", text, type: DocumentTypes.Trial, audience: Audiences.All),
            TestDocuments.Page("/en/page", "Lanreotide in pancreatic NETs", text, type: DocumentTypes.Topic));
        Assert.Equal(["/en/page", "/en/clinical-trials/NCT00000001"], index.Urls("lanreotide pancreas"));
    }

    [Fact]
    public void Organisations_are_not_indexed_and_glossary_terms_link_to_their_glossary_entry()
    {
        Assert.DoesNotContain(fixture.Documents, d => d.Url.Contains("/organisations/", StringComparison.Ordinal));
        var organisations = fixture.Snapshot.Items.Count(i => i.Type == ContentType.Organisation);
        var tools = fixture.Snapshot.Site.Languages.Values.Sum(l => l.Tools.Count);
        Assert.Equal(fixture.Snapshot.Items.Count - organisations + tools, fixture.Index.DocumentCount);
        var prrt = Assert.Single(fixture.Documents, d => d.Url == "/en/glossary#prrt");
        Assert.Equal(DocumentTypes.GlossaryTerm, prrt.Type);
        Assert.Contains("peptide receptor radionuclide therapy", prrt.Names);
    }
}
