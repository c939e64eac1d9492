using Wayfinder.Content.Loading;

namespace Wayfinder.Content.Tests;

public sealed class FrontMatterTests
{
    [Fact]
    public void A_file_without_front_matter_is_reported_on_line_1()
    {
        var (document, error) = FrontMatterDocument.Parse("en/a.md", "# Just a heading\n");

        Assert.Null(document);
        Assert.Equal("en/a.md:1: error: the file must start with YAML front matter between two '---' lines", error!.ToString());
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_reported()
    {
        var (_, error) = FrontMatterDocument.Parse("en/a.md", "---\nid: a\ntitle: A\n");

        Assert.Contains("not closed", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_reported_on_the_line_where_it_breaks()
    {
        var (_, error) = FrontMatterDocument.Parse("en/a.md", "---\nid: a\ntitle: [unclosed\nsummary: x\n---\nBody");

        Assert.NotNull(error);
        Assert.InRange(error!.Line, 2, 5);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_body_starts_on_the_line_after_the_closing_fence()
    {
        var (document, _) = FrontMatterDocument.Parse("en/a.md", "---\nid: a\n---\nFirst line\n");

        Assert.Equal(4, document!.BodyFirstLine);
        Assert.StartsWith("First line", document.Body, StringComparison.Ordinal);
    }
}
