using Wayfinder.Content.Markdown;

namespace Wayfinder.Content.Tests;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("emergency", "en", "Emergency:")]
    [InlineData("urgent", "en", "Urgent:")]
    [InlineData("routine", "en", "Next visit:")]
    [InlineData("today", "en", "Today:")]
    [InlineData("soon", "fr", "Bientôt\u00a0:")]
    [InlineData("self-care", "en", "Self-care:")]
    [InlineData("emergency", "fr", "Urgence\u00a0:")]
    [InlineData("self-care", "fr", "Soins personnels\u00a0:")]
    public void An_urgency_card_says_its_urgency_in_words_before_its_title(string kind, string lang, string label)
    {
        var html = renderer.Render($":::{kind} Call now if:\n- you cannot breathe\n:::\n", lang).Html;

        Assert.Contains($"wf-card--{kind}", html, StringComparison.Ordinal);
        // French puts a no-break space before the colon; the sanitiser writes it as &nbsp;.
        Assert.Contains($"<span class=\"wf-card__label\">{label.Replace("\u00a0", "&nbsp;", StringComparison.Ordinal)}</span> Call now if:", html, StringComparison.Ordinal);
        Assert.Contains("<li>you cannot breathe</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_info_callout_renders_as_a_labelled_note()
    {
        var html = renderer.Render(":::info Good to know\nText.\n:::\n", "en").Html;

        Assert.Contains("wf-callout--info", html, StringComparison.Ordinal);
        Assert.Contains("Information:</span> Good to know", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_get_anchors_and_level_two_headings_make_the_on_this_page_list()
    {
        var rendered = renderer.Render("## Risk and prevention {#risk}\n\ntext\n\n### Detail\n\n## Diagnosis\n", "en");

        Assert.Contains("<h2 id=\"risk\">Risk and prevention</h2>", rendered.Html, StringComparison.Ordinal);
        Assert.Equal(["risk", "diagnosis"], rendered.Headings.Select(h => h.Id));
        Assert.Equal(["Risk and prevention", "Diagnosis"], rendered.Headings.Select(h => h.Text));
        Assert.Contains("detail", rendered.Anchors);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    [InlineData("<p style=\"position:fixed\">x</p>", "style=")]
    [InlineData("<form action=\"https://evil.example\"><input name=a></form>", "<form")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    public void Raw_html_that_could_run_script_or_mislead_is_removed(string markdown, string forbidden)
    {
        var html = renderer.Render(markdown, "en").Html;

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Links_are_collected_with_the_line_they_are_on_in_the_file()
    {
        var rendered = renderer.Render("Intro.\n\nSee [drugs](/en/drugs) and [the team](#team).\n", "en", firstLine: 20);

        Assert.Equal([("/en/drugs", 22), ("#team", 22)], rendered.Links.Select(l => (l.Href, l.Line)));
    }

    [Fact]
    public void Plain_text_has_no_markup_for_search_and_summaries()
    {
        var rendered = renderer.Render("## Title\n\nSome **bold** text with a [link](/en/).", "en");

        Assert.Contains("Some bold text with a link", rendered.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("**", rendered.PlainText, StringComparison.Ordinal);
    }
}
