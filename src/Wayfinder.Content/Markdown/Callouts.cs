using System.Net;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Wayfinder.Content.Triage;

namespace Wayfinder.Content.Markdown;

/// <summary>
/// The callout blocks editors write as <c>:::kind Title</c>. Urgency cards follow the NHS care-card
/// pattern: the urgency is written out as a word before the title, so a screen reader announces
/// it and it does not rely on colour.
/// </summary>
public static class Callouts
{
    /// <summary>Cards at a level of the triage model, most urgent last (as <see cref="Urgency.Names"/>).</summary>
    public static IReadOnlyList<string> UrgencyKinds => Urgency.Names;
    public static readonly IReadOnlyList<string> NoteKinds = ["info", "warning"];
    public const string WalletCard = "wallet-card";

    /// <summary><c>:::danger-signs id id ...</c>: catalogued signs, shown as one card per level.</summary>
    public const string DangerSigns = "danger-signs";
    public static IEnumerable<string> AllKinds => NoteKinds.Concat(UrgencyKinds).Append(WalletCard).Append(DangerSigns);

    public static string Label(string kind, string lang) => (kind, lang) switch
    {
        ("info", "fr") => "Information",
        ("warning", "fr") => "Attention",
        ("emergency", "fr") => "Urgence",
        ("urgent", "fr") => "Urgent",
        ("today", "fr") => "Aujourd'hui",
        ("soon", "fr") => "Bientôt",
        ("routine", "fr") => "Prochain rendez-vous",
        ("self-care", "fr") => "Soins personnels",
        ("info", _) => "Information",
        ("warning", _) => "Warning",
        ("emergency", _) => "Emergency",
        ("urgent", _) => "Urgent",
        ("today", _) => "Today",
        ("soon", _) => "Soon",
        ("routine", _) => "Next visit",
        ("self-care", _) => "Self-care",
        _ => kind,
    };

    /// <summary>French puts a space before a colon.</summary>
    public static string LabelWithColon(string kind, string lang) =>
        Label(kind, lang) + (lang == "fr" ? "\u00a0:" : ":");

    /// <summary>The sign ids a <c>:::danger-signs</c> block names.</summary>
    public static IReadOnlyList<string> SignIds(string? arguments) =>
        (arguments ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Writes one urgency card in the NHS care-card pattern: the level is written out as a word
    /// before the heading, so a screen reader announces it and it does not rely on colour. Used by
    /// Markdown cards, drug side-effect tables and the self-check, so a level looks the same everywhere.
    /// </summary>
    public static string CardHeadingHtml(string kind, string lang, string heading, TriageModel? triage, string tag = "h3", string? id = null)
    {
        var label = triage?.Levels.FirstOrDefault(l => l.Id == kind)?.LabelWithColon(lang) ?? LabelWithColon(kind, lang);
        var idAttribute = id is null ? "" : $" id=\"{WebUtility.HtmlEncode(id)}\"";
        return $"<{tag} class=\"wf-card__heading\"{idAttribute}><span class=\"wf-card__label\">{WebUtility.HtmlEncode(label)}</span> {WebUtility.HtmlEncode(FrenchColon(heading, lang))}</{tag}>";
    }

    /// <summary>A level's card heading ("Call your care team today if you have:").</summary>
    public static string Heading(TriageModel? triage, string kind, string lang, string? title) =>
        triage?.Levels.FirstOrDefault(l => l.Id == kind) is { } level && (kind != "self-care" || string.IsNullOrEmpty(title))
            ? level.Heading[lang]
            : title ?? "";

    internal static string FrenchColon(string text, string lang) =>
        lang == "fr" ? text.Replace(" :", "\u00a0:", StringComparison.Ordinal) : text;
}

internal sealed class CalloutRenderer(string lang) : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var kind = container.Info ?? "info";
        var title = container.Arguments?.Trim();
        var triage = TriageOf(container);
        if (kind == Callouts.DangerSigns)
        {
            WriteDangerSigns(renderer, container, triage);
            return;
        }

        if (Callouts.UrgencyKinds.Contains(kind))
        {
            title = Callouts.Heading(triage, kind, lang, title);
        }

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
            // The heading is the level's own words from the triage model, so "today" always
            // means the same thing; only self-care cards keep the editor's title.
            renderer.Write(Callouts.CardHeadingHtml(kind, lang, title ?? "", triage));
            renderer.Write("<div class=\"wf-card__content\">");
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

    /// <summary>The triage model the document was parsed with (see <see cref="MarkdownRenderer"/>).</summary>
    private static TriageModel? TriageOf(MarkdownObject block)
    {
        var root = block;
        while (root is Block { Parent: { } parent })
        {
            root = parent;
        }

        return root.GetData(typeof(TriageModel)) as TriageModel;
    }

    /// <summary>Catalogued signs, one card per level, most urgent first, in the words of the model.</summary>
    private void WriteDangerSigns(HtmlRenderer renderer, CustomContainer container, TriageModel? triage)
    {
        var signs = Callouts.SignIds(container.Arguments).Select(id => triage?.Find(id)).OfType<DangerSign>().ToList();
        foreach (var group in signs.GroupBy(s => s.Value).OrderByDescending(g => g.Key))
        {
            var kind = Urgency.Name(group.Key);
            if (!renderer.EnableHtmlForBlock)
            {
                renderer.EnsureLine();
                renderer.WriteLine(Callouts.FrenchColon(triage!.Level(group.Key).Heading[lang], lang));
                foreach (var sign in group)
                {
                    renderer.WriteLine(sign.Text[lang]);
                }

                foreach (var action in group.Select(s => s.Action.GetValueOrDefault(lang)).OfType<string>().Distinct())
                {
                    renderer.WriteLine(action);
                }

                continue;
            }

            renderer.EnsureLine();
            renderer.Write($"<div class=\"wf-card wf-card--{kind}\">");
            renderer.Write(Callouts.CardHeadingHtml(kind, lang, triage!.Level(group.Key).Heading[lang], triage));
            renderer.Write("<div class=\"wf-card__content\"><ul>");
            foreach (var sign in group)
            {
                renderer.Write($"<li class=\"wf-sign wf-sign--{WebUtility.HtmlEncode(sign.Id)}\">{WebUtility.HtmlEncode(sign.Text[lang])}</li>");
            }

            renderer.Write("</ul>");
            // A sign whose first step differs from its level's (988 for thoughts of suicide) says so.
            foreach (var action in group.Select(s => s.Action.GetValueOrDefault(lang)).OfType<string>().Distinct())
            {
                renderer.Write($"<p class=\"wf-sign-action\">{WebUtility.HtmlEncode(action)}</p>");
            }

            renderer.Write("</div></div>");
            renderer.EnsureLine();
        }
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
