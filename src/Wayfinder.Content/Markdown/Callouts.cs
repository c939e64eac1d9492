using System.Net;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Wayfinder.Content.Markdown;

/// <summary>
/// The callout blocks editors write as <c>:::kind Title</c>. Urgency cards follow the NHS care-card
/// pattern: the urgency is written out as a word before the title, so a screen reader announces
/// it and it does not rely on colour.
/// </summary>
public static class Callouts
{
    public static readonly IReadOnlyList<string> UrgencyKinds = ["emergency", "urgent", "routine", "self-care"];
    public static readonly IReadOnlyList<string> NoteKinds = ["info", "warning"];
    public const string WalletCard = "wallet-card";
    public static IEnumerable<string> AllKinds => NoteKinds.Concat(UrgencyKinds).Append(WalletCard);

    public static string Label(string kind, string lang) => (kind, lang) switch
    {
        ("info", "fr") => "Information",
        ("warning", "fr") => "Attention",
        ("emergency", "fr") => "Urgence",
        ("urgent", "fr") => "Urgent",
        ("routine", "fr") => "Non urgent",
        ("self-care", "fr") => "Soins personnels",
        ("info", _) => "Information",
        ("warning", _) => "Warning",
        ("emergency", _) => "Emergency",
        ("urgent", _) => "Urgent",
        ("routine", _) => "Routine",
        ("self-care", _) => "Self-care",
        _ => kind,
    };

    /// <summary>French puts a space before a colon.</summary>
    public static string LabelWithColon(string kind, string lang) =>
        Label(kind, lang) + (lang == "fr" ? "\u00a0:" : ":");
}

internal sealed class CalloutRenderer(string lang) : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var kind = container.Info ?? "info";
        var title = container.Arguments?.Trim();
        if (!renderer.EnableHtmlForBlock)
        {
            // Plain text (search, summaries): the title and the words, no markup.
            renderer.EnsureLine();
            if (!string.IsNullOrEmpty(title))
            {
                renderer.WriteLine(title);
            }

            renderer.WriteChildren(container);
            renderer.EnsureLine();
            return;
        }

        if (kind == Callouts.WalletCard)
        {
            // A card to cut out and carry: bordered, and sized to a wallet card when printed.
            renderer.EnsureLine();
            renderer.Write("<div class=\"wf-wallet-card\"><p class=\"wf-wallet-card__title\"><strong>");
            renderer.Write(WebUtility.HtmlEncode(title ?? ""));
            renderer.Write("</strong></p>");
            renderer.WriteChildren(container);
            renderer.Write("</div>");
            renderer.EnsureLine();
            return;
        }

        var isCard = Callouts.UrgencyKinds.Contains(kind);
        var block = isCard ? "wf-card" : "wf-callout";
        var label = WebUtility.HtmlEncode(Callouts.LabelWithColon(kind, lang));

        renderer.EnsureLine();
        renderer.Write($"<div class=\"{block} {block}--{WebUtility.HtmlEncode(kind)}\">");
        if (isCard)
        {
            renderer.Write($"<h3 class=\"wf-card__heading\"><span class=\"wf-card__label\">{label}</span> ");
            renderer.Write(WebUtility.HtmlEncode(title ?? ""));
            renderer.Write("</h3><div class=\"wf-card__content\">");
        }
        else
        {
            renderer.Write($"<p class=\"wf-callout__heading\"><strong><span class=\"wf-callout__label\">{label}</span>");
            if (!string.IsNullOrEmpty(title))
            {
                renderer.Write(" " + WebUtility.HtmlEncode(title));
            }

            renderer.Write("</strong></p><div class=\"wf-callout__content\">");
        }

        renderer.WriteChildren(container);
        renderer.Write("</div></div>");
        renderer.EnsureLine();
    }
}

internal sealed class CalloutExtension(string lang) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlCustomContainerRenderer);
            html.ObjectRenderers.Insert(0, new CalloutRenderer(lang));
        }
    }
}
