using Wayfinder.Content.Markdown;
using Wayfinder.Content.Model;

namespace Wayfinder.Content.Tests;

public sealed class GlossaryLinkerTests
{
    private static GlossaryTerm Term(string id, string title, string summary, string[]? aliases = null, string? expansion = null) => new(new Article
    {
        Id = id, Type = ContentType.GlossaryTerm, Title = title, Summary = summary, Audience = Audience.All, Lang = "en",
        Reviewed = new(2026, 11, 1), NextReview = new(2027, 11, 1), Sources = [], SourcePath = "x",
        Html = "", PlainText = "", Headings = [], Anchors = new HashSet<string>(), Links = [], Sentences = [],
    })
    {
        Aliases = aliases ?? [],
        Expansion = expansion,
    };

    private readonly GlossaryLinker linker = new(
    [
        Term("metastasis", "metastasis", "Spread of cancer.", ["metastasized", "metastatic"]),
        Term("pet-scan", "PET scan", "A scan with a tracer.", ["PET"], "positron emission tomography"),
        Term("carcinoid-syndrome", "carcinoid syndrome", "Symptoms from hormones."),
        Term("who", "WHO", "A United Nations agency.", expansion: "World Health Organization"),
    ], "en");

    [Fact]
    public void The_first_use_of_a_term_opens_its_definition_in_place_with_a_link_on_to_the_glossary()
    {
        var html = linker.Link("<p>The cancer has metastasized. It metastasized again.</p>");

        Assert.Equal(
            "<p>The cancer has <button class=\"wf-term\" popovertarget=\"gl1\">metastasized</button>"
            + "<span class=\"wf-term-def\" id=\"gl1\" popover=\"\">Spread of cancer. <a href=\"/en/glossary#metastasis\">In the glossary</a></span>. It metastasized again.</p>",
            html);
    }

    [Fact]
    public void Abbreviations_match_only_in_capitals_and_show_their_expansion()
    {
        var html = linker.Link("<p>Ask who can help. The WHO grades tumours. A PET scan helps.</p>");

        Assert.DoesNotContain(">who</button>", html, StringComparison.Ordinal);
        Assert.Contains(">WHO</button>", html, StringComparison.Ordinal);
        Assert.Contains("World Health Organization: A United Nations agency.", html, StringComparison.Ordinal);
        Assert.Contains(">PET scan</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_form_wins_and_whole_words_only()
    {
        var html = linker.Link("<p>Carcinoid syndrome can cause flushing. Metastases and metastaticity are not metastatic.</p>");

        Assert.Contains(">Carcinoid syndrome</button>", html, StringComparison.Ordinal);
        Assert.Contains(">metastatic</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">metastaticity", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h2 id=\"x\">Metastasized cancer</h2>")]
    [InlineData("<p><a href=\"/en/x\">metastasized</a></p>")]
    [InlineData("<div class=\"wf-card__heading\">metastatic</div>")]
    [InlineData("<p><code>metastatic</code></p>")]
    public void Terms_in_headings_links_and_code_are_left_alone(string html)
    {
        Assert.Equal(html, linker.Link(html));
    }
}

public sealed class HtmlTransformsTests
{
    [Fact]
    public void Combined_pages_get_prefixed_ids_working_anchors_and_demoted_headings()
    {
        var html = HtmlTransforms.ForCombinedPage(
            "<h2 id=\"a\">A</h2><p><a href=\"#a\">to a</a> <a href=\"/en/x#a\">other page</a> <a aria-describedby=\"t\">x</a><span id=\"t\">d</span><button popovertarget=\"t\">y</button></p>",
            "page--", demoteBy: 1);

        Assert.Equal(
            "<h3 id=\"page--a\">A</h3><p><a href=\"#page--a\">to a</a> <a href=\"/en/x#a\">other page</a> <a aria-describedby=\"page--t\">x</a><span id=\"page--t\">d</span><button popovertarget=\"page--t\">y</button></p>",
            html);
    }
}
