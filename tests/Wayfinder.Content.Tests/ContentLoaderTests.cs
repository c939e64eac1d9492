using Wayfinder.Content.Checking;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;

namespace Wayfinder.Content.Tests;

public sealed class ContentLoaderTests
{
    [Fact]
    public void The_shipped_content_loads_with_no_errors()
    {
        var snapshot = new ContentLoader(new Markdown.MarkdownRenderer(), FixedTime.On(TestContent.Today))
            .Load(Path.Combine(TestContent.RepositoryRoot, "content"));

        Assert.Empty(TestContent.Errors(snapshot).Select(d => d.ToString()));
        Assert.True(snapshot.CanServe);
    }

    [Fact]
    public void The_shipped_content_has_the_nets_hub_in_both_languages_with_organisations()
    {
        var snapshot = new ContentLoader(new Markdown.MarkdownRenderer(), FixedTime.On(TestContent.Today))
            .Load(Path.Combine(TestContent.RepositoryRoot, "content"));

        var en = Assert.IsType<CancerType>(snapshot.FindByUrl("/en/cancer-types/neuroendocrine-tumours"));
        var fr = Assert.IsType<CancerType>(snapshot.FindByUrl("/fr/types-de-cancer/tumeurs-neuroendocrines"));
        Assert.Same(fr, snapshot.TranslationOf(en));
        Assert.Equal(3, en.AudienceGroups.Count);
        Assert.Equal(3, fr.AudienceGroups.Count);
        Assert.Equal(en.OrganisationIds.Count, snapshot.Organisations("en", en.OrganisationIds).Count);
        Assert.Equal(fr.OrganisationIds.Count, snapshot.Organisations("fr", fr.OrganisationIds).Count);
        Assert.Equal(en.Headings.Count, fr.Headings.Count);
    }

    [Theory]
    [InlineData("en/index.md", "/en/")]
    [InlineData("en/palliative-care.md", "/en/palliative-care")]
    [InlineData("en/cancer-types/neuroendocrine-tumours/index.md", "/en/cancer-types/neuroendocrine-tumours")]
    [InlineData("fr/types-de-cancer/tumeurs-neuroendocrines/suivi.md", "/fr/types-de-cancer/tumeurs-neuroendocrines/suivi")]
    public void A_file_path_gives_the_page_its_url(string path, string url)
    {
        Assert.Equal(url, ContentLoader.UrlOf(path));
    }

    [Fact]
    public void A_file_whose_lang_does_not_match_its_folder_is_an_error()
    {
        using var content = new TestContent();
        content.Write("en/a.md", TestContent.Page("a", "fr"));

        var errors = TestContent.Errors(content.Load());

        Assert.Contains(errors, d => d.Path == "en/a.md" && d.Message == "'lang' is 'fr' but the file is in the 'en' folder");
    }

    [Fact]
    public void An_unknown_type_is_an_error_that_lists_the_known_types()
    {
        using var content = new TestContent();
        content.Write("en/a.md", TestContent.Page("a", "en").Replace("type: page", "type: leaflet", StringComparison.Ordinal));

        var error = Assert.Single(TestContent.Errors(content.Load()), d => d.Path == "en/a.md");

        Assert.Equal(3, error.Line);
        Assert.Contains("'type' must be one of: cancer-type, topic, drug", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Organisations_are_data_without_a_page()
    {
        using var content = new TestContent();
        var org = File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "schemas/organisation/examples/valid-health811.md"));
        content.Write("en/organisations/health811.md", org)
            .Write("fr/organisations/health811.md", org.Replace("lang: en", "lang: fr\ntranslation_of: health811", StringComparison.Ordinal));

        var snapshot = content.Load();

        var health811 = Assert.IsType<Organisation>(snapshot.Find("en", "health811"));
        Assert.Null(health811.Url);
        Assert.Equal("https://health811.ontario.ca", health811.ExternalUrl);
        Assert.Equal("811", health811.Phone);
        Assert.Empty(snapshot.Pages);
    }

    [Fact]
    public void Two_files_with_the_same_id_in_one_language_are_an_error()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md").Write("en/b.md", TestContent.Page("a", "en"));

        Assert.Contains(TestContent.Errors(content.Load()), d => d.Message.StartsWith("id 'a' is already used by", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_callout_is_reported_on_its_line()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "Intro.\n\n:::danger Oops\ntext\n:::\n");

        var error = Assert.Single(TestContent.Errors(content.Load()));

        Assert.Equal(Rules.Markdown, error.Rule);
        Assert.Equal(20, error.Line);
        Assert.StartsWith("unknown callout ':::danger'", error.Message, StringComparison.Ordinal);
    }
}

public sealed class ContentFilesTests
{
    [Theory]
    [InlineData(".#octreotide.md", true)]
    [InlineData("#octreotide.md#", true)]
    [InlineData("octreotide.md~", true)]
    [InlineData(".octreotide.md.swp", true)]
    [InlineData("octreotide.md", false)]
    [InlineData("index.md", false)]
    public void Editors_lock_swap_and_backup_files_are_not_content(string name, bool skipped)
    {
        Assert.Equal(skipped, ContentFiles.IsEditorFile(Path.Combine("/content/en/drugs", name)));
    }

    [Fact]
    public void A_dangling_link_is_a_problem_named_with_its_path_not_an_exception()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        File.CreateSymbolicLink(Path.Combine(content.Root, "en", "ghost.md"), Path.Combine(content.Root, "nowhere.md"));
        File.CreateSymbolicLink(Path.Combine(content.Root, "en", ".#a.md"), "user@host.1:2");

        var snapshot = content.Load();

        var error = Assert.Single(TestContent.Errors(snapshot));
        Assert.Equal(("en/ghost.md", 1), (error.Path, error.Line));
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
        Assert.NotNull(snapshot.FindByUrl("/en/a"));
    }
}
