using Wayfinder.Content.Triage;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wayfinder.Content.Questionnaires;

/// <summary>
/// The self-check as declared in <c>content/questionnaires/esas-r.yaml</c>: items and bands, and
/// which danger signs of the triage model (<c>content/triage.yaml</c>) it asks about. Rules and
/// words live there, not in code.
/// </summary>
public sealed class Questionnaire
{
    public string Id { get; set; } = "";
    public string Version { get; set; } = "";
    public string LoincPanel { get; set; } = "";
    public Dictionary<string, string> Title { get; set; } = [];
    public Dictionary<string, string> Instrument { get; set; } = [];
    public Dictionary<string, string> Acknowledgement { get; set; } = [];
    public List<Band> Bands { get; set; } = [];
    public List<string> LoincAnswers { get; set; } = [];
    public List<Item> Items { get; set; } = [];
    public Dictionary<string, Dictionary<string, string>> Groups { get; set; } = [];

    /// <summary>How the symptom record compares results over time, and the research behind it.</summary>
    public RecordSettings Record { get; set; } = new();

    /// <summary>Ids of the triage model's danger signs the self-check asks about, in order.</summary>
    [YamlMember(Alias = "red_flags")]
    public List<string> RedFlagIds { get; set; } = [];

    /// <summary>The danger-sign questions, bound to the triage model.</summary>
    [YamlIgnore]
    public List<RedFlag> RedFlags { get; private set; } = [];

    /// <summary>The triage model: levels and their words.</summary>
    [YamlIgnore]
    public TriageModel Triage { get; private set; } = TriageModel.Empty;

    public Item? FindItem(string id) => Items.FirstOrDefault(i => i.Id == id);

    public RedFlag? FindRedFlag(string id) => RedFlags.FirstOrDefault(f => f.Id == id);

    public Band BandOf(int score) => Bands.First(b => score >= b.Min && score <= b.Max);

    public static Questionnaire Parse(string yaml, TriageModel triage)
    {
        var questionnaire = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<Questionnaire>(yaml) ?? throw new InvalidDataException("The questionnaire file is empty.");
        questionnaire.Triage = triage;
        questionnaire.RedFlags = questionnaire.RedFlagIds.Select(id => triage.Find(id)).OfType<DangerSign>().Select(RedFlag.Of).ToList();
        questionnaire.Validate();
        return questionnaire;
    }

    /// <param name="path">The questionnaire file; the triage model is read from <c>triage.yaml</c> in the content folder above it.</param>
    public static Questionnaire Load(string path)
    {
        var triagePath = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!, TriageModel.FileName);
        var (triage, diagnostics) = TriageModel.Parse(TriageModel.FileName, File.ReadAllText(triagePath));
        return triage is null
            ? throw new InvalidDataException("The triage model has problems: " + string.Join("; ", diagnostics))
            : Parse(File.ReadAllText(path), triage);
    }

    /// <summary>What the self-check tells the person to do at a level.</summary>
    public TriageLevel Advice(UrgencyLevel level) => Triage.Level(level);

    /// <summary>The file is content an editor changes: check it names everything the engine needs.</summary>
    private void Validate()
    {
        var problems = new List<string>();
        for (var score = 0; score <= 10; score++)
        {
            if (Bands.Count(b => score >= b.Min && score <= b.Max) != 1)
            {
                problems.Add($"bands: score {score} must be in exactly one band");
            }
        }

        foreach (var urgency in Bands.Select(b => b.Urgency).Concat(Items.SelectMany(i => i.BandUrgency.Values)))
        {
            if (!Urgency.TryParse(urgency, out _))
            {
                problems.Add($"urgency '{urgency}' is not one of: {string.Join(", ", Urgency.Names)}");
            }
        }

        foreach (var (item, band) in Items.SelectMany(i => i.BandUrgency.Keys.Select(b => (i, b))).Where(x => Bands.All(b => b.Name != x.b)))
        {
            problems.Add($"items.{item.Id}.band_urgency: '{band}' is not a band; bands are: {string.Join(", ", Bands.Select(b => b.Name))}");
        }

        foreach (var id in RedFlagIds.Where(id => Triage.Find(id) is null))
        {
            problems.Add($"red_flags: '{id}' is not a danger sign of the triage model (triage.yaml)");
        }

        foreach (var lang in new[] { "en", "fr" })
        {
            problems.AddRange(Items.Where(i => !i.Text.ContainsKey(lang) || !i.Low.ContainsKey(lang) || !i.High.ContainsKey(lang))
                .Select(i => $"items.{i.Id}: the '{lang}' text, low or high words are missing"));
        }

        if (Items.Select(i => i.Id).Concat(RedFlags.Select(f => f.Id)).GroupBy(i => i).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            problems.Add($"id '{duplicate.Key}' is used twice");
        }

        if (Record.NotableChange is < 1 or > 10)
        {
            problems.Add($"record.notable_change: {Record.NotableChange} must be a whole number of points from 1 to 10");
        }

        if (Record.Sources.Count == 0 || Record.Sources.Any(s => s.Title.Length == 0 || !s.Url.StartsWith("https://", StringComparison.Ordinal)))
        {
            problems.Add("record.sources: name the research behind the notable change, each with a title and an https address");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("The questionnaire has problems: " + string.Join("; ", problems));
        }
    }
}

/// <summary>The symptom record's rule for a change worth pointing out, declared once with its sources.</summary>
public sealed class RecordSettings
{
    /// <summary>A change of this many points or more between two results is pointed out (as is a move into another band).</summary>
    public int NotableChange { get; set; } = 2;

    public List<RecordSource> Sources { get; set; } = [];
}

public sealed class RecordSource
{
    public string Title { get; set; } = "";
    public string Publisher { get; set; } = "";
    public int Year { get; set; }
    public string Url { get; set; } = "";
}

public sealed class Band
{
    public string Name { get; set; } = "";
    public int Min { get; set; }
    public int Max { get; set; }
    public string Urgency { get; set; } = "";
}

public sealed class Item
{
    public string Id { get; set; } = "";

    /// <summary>esas-r, esas-r-plus or nets.</summary>
    public string Group { get; set; } = "";
    public bool Required { get; set; }
    public string? Loinc { get; set; }
    public string? LoincZero { get; set; }
    public string? LoincTen { get; set; }
    public Dictionary<string, string> Text { get; set; } = [];
    public Dictionary<string, string> Low { get; set; } = [];
    public Dictionary<string, string> High { get; set; } = [];

    /// <summary>The item's name without its explanation in brackets: "Wellbeing", not "Wellbeing (Wellbeing = how you feel overall)".</summary>
    public string Name(string lang) => Text[lang].Split(" (")[0];

    /// <summary>Per-item exceptions to the bands' urgency, e.g. severe breathlessness.</summary>
    public Dictionary<string, string> BandUrgency { get; set; } = [];
}

/// <summary>A danger-sign question of the self-check: a sign of the triage model, as asked.</summary>
public sealed record RedFlag(string Id, UrgencyLevel Urgency, string? Guide, string? Section, IReadOnlyDictionary<string, string> Question, IReadOnlyDictionary<string, string> Message, IReadOnlyDictionary<string, string> Action)
{
    public static RedFlag Of(DangerSign sign) => new(sign.Id, sign.Value, sign.Guide, sign.Section, sign.Question, sign.Message, sign.Action);
}
