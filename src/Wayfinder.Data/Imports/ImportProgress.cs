namespace Wayfinder.Data.Imports;

/// <summary>Progress of an import, for a progress bar or a log: a step name and how far it is
/// (<see cref="Total"/> is 0 while the total is not known yet).</summary>
public sealed record ImportProgress(string Step, int Done, int Total);
