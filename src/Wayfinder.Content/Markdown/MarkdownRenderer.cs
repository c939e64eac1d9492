using Ganss.Xss;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Wayfinder.Content.Model;

namespace Wayfinder.Content.Markdown;

/// <summary>What rendering a Markdown body produces: safe HTML and the facts the checker needs.</summary>
public sealed record RenderedMarkdown(
    string Html,
    string PlainText,
    IReadOnlyList<Heading> Headings,
    IReadOnlySet<string> Anchors,
    IReadOnlyList<ContentLink> Links,
    IReadOnlyList<(string Kind, int Line)> Callouts,
    IReadOnlyList<Readability.Sentence> Sentences)
{
    /// <summary>Every heading id, in document order.</summary>
    public IReadOnlyList<string> SectionOrder { get; init; } = [];

    /// <summary>Urgency cards and danger-sign blocks, for the triage checks.</summary>
    public IReadOnlyList<CardFacts> Cards { get; init; } = [];
}

/// <summary>
/// An urgency card or danger-sign block as written: its kind, the title after the kind, its list
/// items with their lines, and the heading id of the section it sits in.
/// </summary>
public sealed record CardFacts(string Kind, string? Title, int Line, IReadOnlyList<(string Text, int Line)> Items, bool HasBody, string? Section);

/// <summary>
/// Markdig with our extensions: callouts and urgency cards, heading anchors ({#id} or generated),
/// pipe tables. The HTML is then sanitised, so raw HTML in a content file can never inject script.
/// Thread-safe: pipelines are built once per language.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly Dictionary<string, MarkdownPipeline> pipelines;
    // One sanitiser per thread: content loads in parallel, and a sanitiser keeps state while it works.
    private readonly ThreadLocal<HtmlSanitizer> sanitizer = new(CreateSanitizer);

    public MarkdownRenderer()
    {
        pipelines = Languages.All.ToDictionary(lang => lang, lang => new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGenericAttributes()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseCustomContainers()
            .Use(new CalloutExtension(lang))
            .Build());
    }

    /// <param name="firstLine">Line of the file on which the body starts, for diagnostics.</param>
    /// <param name="triage">The triage model: urgency card headings and <c>:::danger-signs</c> come from it.</param>
    public RenderedMarkdown Render(string markdown, string lang, int firstLine = 1, Triage.TriageModel? triage = null)
    {
        var pipeline = pipelines[lang];
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        if (triage is not null)
        {
            document.SetData(typeof(Triage.TriageModel), triage);
        }

        var headings = new List<Heading>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            anchors.Add(id);
            order.Add(id);
            if (heading.Level == 2)
            {
                headings.Add(new Heading(id, InlineText(heading.Inline)));
            }
        }

        var links = document.Descendants<LinkInline>()
            .Where(l => !l.IsImage || l.Url is not null)
            .Select(l => new ContentLink(l.Url ?? "", firstLine + l.Line))
            .ToList();

        var callouts = document.Descendants<CustomContainer>()
            .Select(c => (c.Info ?? "", firstLine + c.Line))
            .ToList();

        // Sentences come from paragraphs (list items and callouts included), never headings, so a
        // list of short items is not mistaken for one long sentence.
        var sentences = document.Descendants<ParagraphBlock>()
            .SelectMany(p => Readability.TextStatistics.SplitSentences(InlineText(p.Inline))
                .Select(text => new Readability.Sentence(text, firstLine + p.Line)))
            .ToList();

        var html = sanitizer.Value!.Sanitize(document.ToHtml(pipeline));
        var plain = PlainText(document, pipeline);
        return new RenderedMarkdown(html, NormaliseSpace(plain), headings, anchors, links, callouts, sentences) { SectionOrder = order, Cards = CardsOf(document, firstLine) };
    }

    private static List<CardFacts> CardsOf(MarkdownDocument document, int firstLine)
    {
        var cards = new List<CardFacts>();
        string? section = null;
        foreach (var block in document.Descendants<Block>())
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                section = heading.GetAttributes().Id;
            }

            if (block is not CustomContainer container || container.Info is not { } kind
                || !(Callouts.UrgencyKinds.Contains(kind) || kind == Callouts.DangerSigns))
            {
                continue;
            }

            var items = container.Descendants<ListItemBlock>()
                .Select(item => (string.Join(' ', item.Descendants<ParagraphBlock>().Select(p => InlineText(p.Inline))), firstLine + item.Line))
                .ToList();
            var title = container.Arguments?.Trim();
            cards.Add(new CardFacts(kind, string.IsNullOrEmpty(title) ? null : title, firstLine + container.Line, items, container.Count > 0, section));
        }

        return cards;
    }

    /// <summary>What <c>Markdown.ToPlainText</c> does, from the document already parsed.</summary>
    private static string PlainText(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
            }
        }

        return NormaliseSpace(text.ToString());
    }

    private static string NormaliseSpace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }
}
