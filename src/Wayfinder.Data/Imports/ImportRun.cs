namespace Wayfinder.Data.Imports;

/// <summary>One run of an importer: what it read, when, and what it changed.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    /// <summary>"dpd" for Health Canada's Drug Product Database; later importers add their own.</summary>
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
