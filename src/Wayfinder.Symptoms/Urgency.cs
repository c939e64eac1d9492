namespace Wayfinder.Symptoms;

/// <summary>How soon to get help, lowest to highest: self-care &lt; routine &lt; urgent &lt; emergency.</summary>
public enum UrgencyLevel
{
    SelfCare = 0,
    Routine = 1,
    Urgent = 2,
    Emergency = 3,
}

public static class Urgency
{
    public static readonly IReadOnlyList<string> Names = ["self-care", "routine", "urgent", "emergency"];

    public static string Name(UrgencyLevel level) => Names[(int)level];

    public static bool TryParse(string name, out UrgencyLevel level)
    {
        var index = Names.ToList().IndexOf(name);
        level = index < 0 ? UrgencyLevel.SelfCare : (UrgencyLevel)index;
        return index >= 0;
    }

    public static UrgencyLevel Parse(string name) =>
        TryParse(name, out var level) ? level : throw new ArgumentOutOfRangeException(nameof(name), name, "unknown urgency");
}
