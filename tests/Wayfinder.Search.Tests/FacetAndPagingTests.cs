namespace Wayfinder.Search.Tests;

[Collection(ContentIndexCollection.Name)]
public sealed class FacetAndPagingTests(ContentIndexFixture fixture)
{
    [Theory]
    [InlineData("neuroendocrine tumour", "en")]
    [InlineData("fatigue", "en")]
    [InlineData("octreotide", "en")]
    [InlineData("douleur", "fr")]
    public void Each_facet_count_is_the_total_that_choosing_it_gives(string text, string lang)
    {
        var all = fixture.Index.Search(new SearchQuery(text, lang));
        Assert.NotEmpty(all.Types);
        Assert.Equal(all.Total, all.Types.Sum(f => f.Count));
        foreach (var type in all.Types)
        {
            Assert.Equal(type.Count, fixture.Index.Search(new SearchQuery(text, lang, Type: type.Value)).Total);
        }

        foreach (var audience in all.Audiences)
        {
            Assert.Equal(audience.Count, fixture.Index.Search(new SearchQuery(text, lang, Audience: audience.Value)).Total);
        }
    }

    [Fact]
    public void A_type_filter_keeps_only_that_type_and_its_facets_still_show_the_other_types()
    {
        var drugs = fixture.Index.Search(new SearchQuery("diarrhea", "en", Type: DocumentTypes.Drug, PageSize: 50));
        Assert.NotEmpty(drugs.Results);
        Assert.All(drugs.Results, r => Assert.Equal(DocumentTypes.Drug, r.Type));
        Assert.Contains(drugs.Types, f => f.Value == DocumentTypes.SymptomGuide);
    }

    [Fact]
    public void The_patient_filter_includes_pages_for_everyone_and_leaves_out_provider_pages()
    {
        var patient = fixture.Index.Search(new SearchQuery("pain", "en", Audience: Audiences.Patient, PageSize: 50));
        Assert.Contains(patient.Results, r => r.Audience == Audiences.All);
        Assert.Contains(patient.Results, r => r.Audience == Audiences.Patient);
        Assert.DoesNotContain(patient.Results, r => r.Audience == Audiences.Provider);
    }

    [Fact]
    public void Pages_follow_each_other_without_gaps_or_repeats()
    {
        var whole = fixture.Index.Search(new SearchQuery("tumour", "en", PageSize: 30));
        Assert.True(whole.Total > 20);
        var pages = Enumerable.Range(1, 3).SelectMany(p => fixture.Index.Search(new SearchQuery("tumour", "en", Page: p, PageSize: 10)).Results);
        Assert.Equal(whole.Results.Select(r => r.Url), pages.Select(r => r.Url));
        var second = fixture.Index.Search(new SearchQuery("tumour", "en", Page: 2, PageSize: 10));
        Assert.Equal((2, 10, whole.Total), (second.Page, second.PageSize, second.Total));
    }

    [Fact]
    public void A_page_beyond_the_end_is_empty_but_keeps_the_total()
    {
        var total = fixture.Index.Search(new SearchQuery("fatigue", "en")).Total;
        var beyond = fixture.Index.Search(new SearchQuery("fatigue", "en", Page: 1000));
        Assert.Empty(beyond.Results);
        Assert.Equal(total, beyond.Total);
        Assert.Empty(fixture.Index.Search(new SearchQuery("fatigue", "en", Page: int.MaxValue, PageSize: int.MaxValue)).Results);
    }

    [Fact]
    public void Nonsense_paging_values_are_brought_into_range()
    {
        var result = fixture.Index.Search(new SearchQuery("fatigue", "en", Page: -3, PageSize: 0));
        Assert.Equal((1, 1), (result.Page, result.PageSize));
        Assert.Single(result.Results);
        Assert.Equal(SearchIndex.MaxPageSize, fixture.Index.Search(new SearchQuery("fatigue", "en", PageSize: 10_000)).PageSize);
    }
}
