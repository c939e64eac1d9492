using Wayfinder.Content.Checking;
using Wayfinder.Content.Markdown;
using Wayfinder.Content.Model;

namespace Wayfinder.Content.Triage;

/// <summary>
/// Holds pages to the triage model: danger-sign blocks name catalogued signs, urgency cards take
/// their heading from their level, and a hand-written card or side-effect row never lists a
/// catalogued danger sign at another level than the catalogue gives it.
/// </summary>
public static class TriageChecker
{
    public static IEnumerable<Diagnostic> CheckCards(string path, string lang, IReadOnlyList<CardFacts> cards, TriageModel triage)
    {
        foreach (var card in cards)
        {
            if (card.Kind == Callouts.DangerSigns)
            {
                var ids = Callouts.SignIds(card.Title);
                if (ids.Count == 0)
                {
                    yield return Error(path, card.Line, "':::danger-signs' names no signs; list sign ids from triage.yaml after it, as in ':::danger-signs fever chest-pain'");
                }

                foreach (var id in ids.Where(id => triage.Find(id) is null))
                {
                    yield return Error(path, card.Line, $"danger sign '{id}' is not in triage.yaml; the signs are: {string.Join(", ", triage.Signs.Select(s => s.Id))}");
                }

                if (card.HasBody)
                {
                    yield return Error(path, card.Line, "':::danger-signs' takes no text of its own: its words come from triage.yaml; put other advice in a card of its level");
                }

                continue;
            }

            if (card.Kind != "self-care" && card.Title is not null)
            {
                yield return Error(path, card.Line,
                    $"the heading of a ':::{card.Kind}' card comes from the triage model (\"{triage.Levels.FirstOrDefault(l => l.Id == card.Kind)?.Heading.GetValueOrDefault(lang)}\"); remove \"{card.Title}\" and put any extra advice inside the card");
            }

            foreach (var (text, line) in card.Items)
            {
                foreach (var d in CheckMention(path, line, lang, text, card.Kind, triage, "card"))
                {
                    yield return d;
                }
            }
        }
    }

    /// <summary>Each sign's guide exists in both languages and has the section it names.</summary>
    public static IEnumerable<Diagnostic> CheckGuides(TriageModel triage, IReadOnlyList<ContentItem> items)
    {
        foreach (var sign in triage.Signs.Where(s => s.Guide is not null))
        {
            foreach (var lang in Languages.All)
            {
                var guide = items.FirstOrDefault(i => i.Lang == lang && i.Id == sign.Guide && i.Url is not null);
                if (guide is null)
                {
                    yield return Error(TriageModel.FileName, triage.LineOf(sign.Id), $"signs.{sign.Id}: guide '{sign.Guide}' is not a page in content/{lang}");
                }
                else if (sign.Section is not null && !guide.Anchors.Contains(Schemas.ContentSchemas.SectionId(sign.Section, lang)))
                {
                    yield return Error(TriageModel.FileName, triage.LineOf(sign.Id), $"signs.{sign.Id}: section '{Schemas.ContentSchemas.SectionId(sign.Section, lang)}' is not a heading of {guide.SourcePath}");
                }
            }
        }
    }

    /// <summary>A drug's side-effect rows give advice too: hold them to the same catalogue.</summary>
    public static IEnumerable<Diagnostic> CheckSideEffects(Drug drug, TriageModel triage) =>
        drug.SideEffects.SelectMany(row => CheckMention(drug.SourcePath, row.Line, drug.Lang, row.Effect + " " + row.GetHelp, row.Urgency, triage, $"side effect '{row.Effect}'"));

    private static IEnumerable<Diagnostic> CheckMention(string path, int line, string lang, string text, string kind, TriageModel triage, string where)
    {
        if (!Urgency.TryParse(kind, out var level))
        {
            yield break;
        }

        var signs = triage.SignsMentionedIn(text, lang).ToList();
        if (signs.Count == 0 || signs.Any(s => s.Value == level))
        {
            yield break;
        }

        var named = string.Join(", ", signs.Select(s => $"'{s.Id}' ({s.Level})"));
        yield return Error(path, line,
            $"this {where} is at level '{kind}' but mentions the danger sign {named} from triage.yaml; use ':::danger-signs {signs[0].Id}' so it reads the same everywhere, or reword it");
    }

    private static Diagnostic Error(string path, int line, string message) =>
        new(path, line, Severity.Error, message, Rules.Triage);
}
