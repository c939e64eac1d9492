namespace Wayfinder.Data.Imports;

/// <summary>One run of an importer: what it read, when, and what it changed.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    /// <summary>What ran: one of <see cref="ImportKinds"/>.</summary>
    public required string Kind { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Removed { get; set; }
    public int Skipped { get; set; }
    public bool Succeeded { get; set; }
}

/// <summary>The kinds of <see cref="ImportRun"/>, as stored (the column keeps text so old rows stay readable).</summary>
public static class ImportKinds
{
    /// <summary>Health Canada's Drug Product Database.</summary>
    public const string DrugProducts = "dpd";

    /// <summary>ClinicalTrials.gov studies, from files or the live API.</summary>
    public const string Trials = "trials";

    /// <summary>A search index rebuilt by the CLI: running sites rebuild theirs when they see one.</summary>
    public const string Reindex = "reindex";
}
