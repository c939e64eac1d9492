using System.Text.RegularExpressions;
using Wayfinder.Content.Checking;
using Wayfinder.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wayfinder.Content.Triage;

/// <summary>How soon to get help, lowest to highest (DESIGN section 5).</summary>
public enum UrgencyLevel
{
    SelfCare = 0,
    Routine = 1,
    Soon = 2,
    Today = 3,
    Urgent = 4,
    Emergency = 5,
}

/// <summary>The six level names as content, the API and CSS write them.</summary>
public static class Urgency
{
    public static readonly IReadOnlyList<string> Names = ["self-care", "routine", "soon", "today", "urgent", "emergency"];

    public static string Name(UrgencyLevel level) => Names[(int)level];

    public static bool TryParse(string? name, out UrgencyLevel level)
    {
        var index = name is null ? -1 : Names.ToList().IndexOf(name);
        level = index < 0 ? UrgencyLevel.SelfCare : (UrgencyLevel)index;
        return index >= 0;
    }

    public static UrgencyLevel Parse(string name) =>
        TryParse(name, out var level) ? level : throw new ArgumentOutOfRangeException(nameof(name), name, "unknown urgency");
}

/// <summary>
/// The one triage model (<c>content/triage.yaml</c>): the urgency levels with their words, and the
/// catalogue of danger signs. Page cards and the self-check both read their advice from here, so a
/// danger sign says the same thing everywhere.
/// </summary>
public sealed class TriageModel
{
    public const string FileName = "triage.yaml";

    public List<TriageLevel> Levels { get; set; } = [];
    public Dictionary<string, TriageSource> Sources { get; set; } = [];
    public List<DangerSign> Signs { get; set; } = [];

    private string[] sourceLines = [];

    /// <summary>The line of the file on which a level or sign with this id starts (1 if unknown).</summary>
    public int LineOf(string id)
    {
        var index = Array.FindIndex(sourceLines, l => Regex.IsMatch(l, $@"^\s*-?\s*id:\s*{Regex.Escape(id)}\s*$"));
        return index < 0 ? 1 : index + 1;
    }

    public TriageLevel Level(UrgencyLevel level) => Levels.First(l => l.Id == Urgency.Name(level));

    /// <summary>The levels that say who to call without naming signs, most urgent first.</summary>
    public static readonly IReadOnlyList<UrgencyLevel> ContactLevels = [UrgencyLevel.Emergency, UrgencyLevel.Urgent, UrgencyLevel.Today];

    /// <summary>
    /// Who to call at each of <see cref="ContactLevels"/>, for a signpost that lists the levels
    /// without their signs (the search page's "nothing found" box), so it cannot disagree with the cards.
    /// </summary>
    public IEnumerable<TriageLevel> Contacts =>
        ContactLevels.Select(l => Levels.FirstOrDefault(level => level.Id == Urgency.Name(l))).OfType<TriageLevel>();

    public DangerSign? Find(string id) => Signs.FirstOrDefault(s => s.Id == id);

    /// <summary>The catalogued signs a hand-written sentence mentions.</summary>
    public IEnumerable<DangerSign> SignsMentionedIn(string text, string lang) =>
        Signs.Where(s => s.Mentions(text, lang));

    /// <summary>An empty model, for a snapshot whose triage file could not be read.</summary>
    public static TriageModel Empty { get; } = new();

    /// <summary>The help lines a sentence names (911, 811, 988) in order of first mention, or "no number".</summary>
    private static string PhoneNumbers(string text) =>
        string.Join(", ", Regex.Matches(text, @"\b(911|811|988)\b").Select(m => m.Value).Distinct()) is { Length: > 0 } numbers ? numbers : "no number";

    public static (TriageModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Parse(string path, string yaml)
    {
        TriageModel model;
        try
        {
            model = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build()
                .Deserialize<TriageModel>(yaml) ?? new TriageModel();
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0];
            return (null, [new Diagnostic(path, Math.Max(1, (int)ex.Start.Line), Severity.Error, $"the triage model is not valid: {message}", Rules.Triage)]);
        }
        catch (InvalidOperationException)
        {
            return (null, [new Diagnostic(path, 1, Severity.Error, "the triage model is not valid YAML: check for an unclosed '[', '{' or quote", Rules.Triage)]);
        }

        model.sourceLines = yaml.Split('\n');
        var LineOf = model.LineOf;

        var diagnostics = new List<Diagnostic>();
        void Error(int line, string message) => diagnostics.Add(new Diagnostic(path, line, Severity.Error, message, Rules.Triage));

        foreach (var name in Urgency.Names.Where(n => model.Levels.All(l => l.Id != n)))
        {
            Error(1, $"levels: '{name}' is missing; the levels are {string.Join(", ", Urgency.Names)}");
        }

        foreach (var level in model.Levels)
        {
            if (!Urgency.TryParse(level.Id, out _))
            {
                Error(LineOf(level.Id), $"levels: '{level.Id}' is not a level; the levels are {string.Join(", ", Urgency.Names)}");
            }

            foreach (var lang in Languages.All)
            {
                foreach (var (field, words) in new[] { ("label", level.Label), ("title", level.Title), ("heading", level.Heading), ("action", level.Action) })
                {
                    if (string.IsNullOrWhiteSpace(words.GetValueOrDefault(lang)))
                    {
                        Error(LineOf(level.Id), $"levels.{level.Id}: the '{lang}' {field} is missing");
                    }
                }

                if (Urgency.TryParse(level.Id, out var value) && ContactLevels.Contains(value))
                {
                    var contact = level.Contact.GetValueOrDefault(lang);
                    if (string.IsNullOrWhiteSpace(contact))
                    {
                        Error(LineOf(level.Id), $"levels.{level.Id}: the '{lang}' contact is missing (who to call at this level, in a sentence or two)");
                    }
                    else
                    {
                        // The short form must send people to the same place as the level's full action.
                        var (said, action) = (PhoneNumbers(contact), PhoneNumbers(level.Action.GetValueOrDefault(lang) ?? ""));
                        if (said != action)
                        {
                            Error(LineOf(level.Id), $"levels.{level.Id}: the '{lang}' contact names {said} but the action names {action}");
                        }
                    }
                }
            }
        }

        foreach (var sign in model.Signs)
        {
            var line = LineOf(sign.Id);
            if (!Regex.IsMatch(sign.Id, "^[a-z0-9]+(-[a-z0-9]+)*$"))
            {
                Error(line, $"signs: id '{sign.Id}' must be lower-case words joined by hyphens");
            }

            if (!Urgency.TryParse(sign.Level, out _) || sign.Level == "self-care")
            {
                Error(line, $"signs.{sign.Id}: level '{sign.Level}' must be one of: {string.Join(", ", Urgency.Names.Where(n => n != "self-care"))}");
            }

            foreach (var lang in Languages.All)
            {
                foreach (var (field, words) in new[] { ("text", sign.Text), ("question", sign.Question), ("message", sign.Message) })
                {
                    if (string.IsNullOrWhiteSpace(words.GetValueOrDefault(lang)))
                    {
                        Error(line, $"signs.{sign.Id}: the '{lang}' {field} is missing");
                    }
                }

                if (sign.Action.Count > 0 && string.IsNullOrWhiteSpace(sign.Action.GetValueOrDefault(lang)))
                {
                    Error(line, $"signs.{sign.Id}: the '{lang}' action is missing");
                }

                foreach (var pattern in sign.Detect.GetValueOrDefault(lang) ?? [])
                {
                    try
                    {
                        _ = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                    }
                    catch (ArgumentException ex)
                    {
                        Error(line, $"signs.{sign.Id}: detect pattern '{pattern}' is not a valid regular expression: {ex.Message}");
                    }
                }
            }

            if (sign.Sources.Count == 0)
            {
                Error(line, $"signs.{sign.Id}: name at least one source it rests on");
            }

            foreach (var source in sign.Sources.Where(s => !model.Sources.ContainsKey(s)))
            {
                Error(line, $"signs.{sign.Id}: source '{source}' is not in 'sources'");
            }
        }

        if (model.Signs.GroupBy(s => s.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            Error(LineOf(twice.Key), $"signs: id '{twice.Key}' is used twice");
        }

        return diagnostics.Count > 0 ? (null, diagnostics) : (model, diagnostics);
    }
}

public sealed class TriageLevel
{
    public string Id { get; set; } = "";
    public Dictionary<string, string> Label { get; set; } = [];
    public Dictionary<string, string> Title { get; set; } = [];
    public Dictionary<string, string> Heading { get; set; } = [];
    public Dictionary<string, string> Action { get; set; } = [];

    /// <summary>Who to call at this level, without its signs (emergency, urgent and today only).</summary>
    public Dictionary<string, string> Contact { get; set; } = [];

    public UrgencyLevel Value => Urgency.Parse(Id);

    /// <summary>French puts a space before a colon.</summary>
    public string LabelWithColon(string lang) => Label[lang] + (lang == Languages.French ? "\u00a0:" : ":");
}

/// <summary>One danger sign: the level it leads to, its words, where to read more, and its sources.</summary>
public sealed class DangerSign
{
    private readonly Dictionary<string, Regex[]> compiled = [];

    public string Id { get; set; } = "";
    public string Level { get; set; } = "";

    /// <summary>Content id of the guide to read (a symptom guide, side-effect sheet or topic).</summary>
    public string? Guide { get; set; }

    /// <summary>Heading id in that guide.</summary>
    public string? Section { get; set; }
    public List<string> Sources { get; set; } = [];
    public Dictionary<string, string> Text { get; set; } = [];
    public Dictionary<string, string> Question { get; set; } = [];
    public Dictionary<string, string> Message { get; set; } = [];

    /// <summary>What to do, when it differs from the level's own words (988 for thoughts of suicide).</summary>
    public Dictionary<string, string> Action { get; set; } = [];
    public Dictionary<string, List<string>> Detect { get; set; } = [];

    public UrgencyLevel Value => Urgency.Parse(Level);

    public bool Mentions(string text, string lang)
    {
        Regex[] patterns;
        lock (compiled)
        {
            if (!compiled.TryGetValue(lang, out patterns!))
            {
                patterns = (Detect.GetValueOrDefault(lang) ?? [])
                    .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                    .ToArray();
                compiled[lang] = patterns;
            }
        }

        return patterns.Any(p => p.IsMatch(text));
    }
}

public sealed class TriageSource
{
    public string Title { get; set; } = "";
    public string Publisher { get; set; } = "";
    public int Year { get; set; }
    public string Url { get; set; } = "";
}
