using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wayfinder.Symptoms;

/// <summary>
/// The self-check as declared in <c>content/questionnaires/esas-r.yaml</c>: items, bands, red flags,
/// urgencies and their words in both languages. Rules live there, not in code.
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
    public List<RedFlag> RedFlags { get; set; } = [];
    public Dictionary<string, UrgencyAdvice> Urgencies { get; set; } = [];

    public Item? FindItem(string id) => Items.FirstOrDefault(i => i.Id == id);

    public RedFlag? FindRedFlag(string id) => RedFlags.FirstOrDefault(f => f.Id == id);

    public Band BandOf(int score) => Bands.First(b => score >= b.Min && score <= b.Max);

    public static Questionnaire Parse(string yaml)
    {
        var questionnaire = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<Questionnaire>(yaml) ?? throw new InvalidDataException("The questionnaire file is empty.");
        questionnaire.Validate();
        return questionnaire;
    }

    public static Questionnaire Load(string path) => Parse(File.ReadAllText(path));

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

        foreach (var urgency in Bands.Select(b => b.Urgency).Concat(RedFlags.Select(f => f.Urgency)).Concat(Items.SelectMany(i => i.BandUrgency.Values)))
        {
            if (!Urgency.TryParse(urgency, out _))
            {
                problems.Add($"urgency '{urgency}' is not one of: {string.Join(", ", Urgency.Names)}");
            }
        }

        foreach (var name in Urgency.Names.Where(n => !Urgencies.ContainsKey(n)))
        {
            problems.Add($"urgencies: '{name}' is missing");
        }

        foreach (var lang in new[] { "en", "fr" })
        {
            problems.AddRange(Items.Where(i => !i.Text.ContainsKey(lang) || !i.Low.ContainsKey(lang) || !i.High.ContainsKey(lang))
                .Select(i => $"items.{i.Id}: the '{lang}' text, low or high words are missing"));
            problems.AddRange(RedFlags.Where(f => !f.Question.ContainsKey(lang) || !f.Message.ContainsKey(lang))
                .Select(f => $"red_flags.{f.Id}: the '{lang}' question or message is missing"));
        }

        if (Items.Select(i => i.Id).Concat(RedFlags.Select(f => f.Id)).GroupBy(i => i).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            problems.Add($"id '{duplicate.Key}' is used twice");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("The questionnaire has problems: " + string.Join("; ", problems));
        }
    }
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

    /// <summary>Per-item exceptions to the bands' urgency, e.g. severe breathlessness.</summary>
    public Dictionary<string, string> BandUrgency { get; set; } = [];
}

public sealed class RedFlag
{
    public string Id { get; set; } = "";
    public string Urgency { get; set; } = "";
    public string? Guide { get; set; }
    public Dictionary<string, string> Question { get; set; } = [];
    public Dictionary<string, string> Message { get; set; } = [];
}

public sealed class UrgencyAdvice
{
    public Dictionary<string, string> Title { get; set; } = [];
    public Dictionary<string, string> Message { get; set; } = [];
}
