using Wayfinder.Content.Questionnaires;

namespace Wayfinder.Symptoms;

/// <summary>Why a file of a symptom record was not used. Pages put each in words, with the file's name.</summary>
public enum RecordProblemKind
{
    /// <summary>The file is larger than a result file can be (<see cref="SymptomRecordReader.MaxFileBytes"/>).</summary>
    TooLarge,

    /// <summary>More files than a record reads at once (<see cref="SymptomRecordReader.MaxFiles"/>).</summary>
    TooMany,

    /// <summary>The upload as a whole was larger than allowed; this file and those after it were not read.</summary>
    UploadTooLarge,

    /// <summary>Not JSON, or not a FHIR QuestionnaireResponse.</summary>
    NotReadable,

    /// <summary>A QuestionnaireResponse, but not an ESAS-r one (unknown items, answers out of range, no answers).</summary>
    NotEsas,

    /// <summary>No date (<c>authored</c>): a result cannot be placed in time without one.</summary>
    NoDate,

    /// <summary>Dated after today.</summary>
    Future,

    /// <summary>The same result as an earlier file (same moment, same answers).</summary>
    Duplicate,

    /// <summary>More than a year before the latest result: the record covers one year.</summary>
    TooOld,
}

/// <param name="Detail">What names the problem inside the file (an item's linkId, a date, the other file's name).</param>
public sealed record RecordProblem(string File, RecordProblemKind Kind, string? Detail = null);

/// <summary>A file given to the record: its text, or why it was refused before it was read (too large).</summary>
public sealed record RecordFile(string Name, string? Text, RecordProblemKind? Refused = null);

/// <summary>One self-check result of the record.</summary>
public sealed record RecordResult(string File, DateTimeOffset Authored, SelfCheckInput Input)
{
    /// <summary>Danger signs answered "yes", in the questionnaire's order.</summary>
    public IEnumerable<string> SignsAnsweredYes(Questionnaire questionnaire) =>
        questionnaire.RedFlags.Where(f => Input.RedFlags.GetValueOrDefault(f.Id)).Select(f => f.Id);
}

public sealed record TrendPoint(DateTimeOffset Authored, int Score, string Band);

/// <summary>One symptom's scores over the record, oldest first.</summary>
public sealed record SymptomTrend(string Id, IReadOnlyList<TrendPoint> Points);

/// <summary>
/// A symptom's change from the result before the latest to the latest. <see cref="Notable"/> when
/// it moved by the questionnaire's notable change or more, or into another band.
/// </summary>
public sealed record ScoreChange(string Id, int Before, int After, string BandBefore, string BandAfter, bool Notable)
{
    public int Difference => After - Before;

    /// <summary>Higher is worse on every ESAS-r scale (10 is the worst possible).</summary>
    public bool Worse => Notable && After > Before;

    public bool Better => Notable && After < Before;
}

/// <summary>
/// A person's self-check results over time, read from the FHIR files they kept, with the trend of
/// each symptom and the changes worth pointing out. Built for one request and dropped with it:
/// nothing here is stored or logged.
/// </summary>
public sealed class SymptomRecord
{
    private readonly Questionnaire questionnaire;

    public SymptomRecord(Questionnaire questionnaire, IReadOnlyList<RecordResult> results, IReadOnlyList<RecordProblem> problems)
    {
        this.questionnaire = questionnaire;
        Results = results.OrderBy(r => r.Authored).ToList();
        Problems = problems;
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<RecordResult> Results { get; }

    public IReadOnlyList<RecordProblem> Problems { get; }

    public RecordResult? Latest => Results.Count > 0 ? Results[^1] : null;

    public RecordResult? Previous => Results.Count > 1 ? Results[^2] : null;

    /// <summary>Each symptom scored at least once, in the questionnaire's order.</summary>
    public IReadOnlyList<SymptomTrend> Trends => questionnaire.Items
        .Select(item => new SymptomTrend(item.Id, Results
            .Where(r => r.Input.Scores.ContainsKey(item.Id))
            .Select(r => new TrendPoint(r.Authored, r.Input.Scores[item.Id], questionnaire.BandOf(r.Input.Scores[item.Id]).Name))
            .ToList()))
        .Where(t => t.Points.Count > 0)
        .ToList();

    /// <summary>Symptoms scored in both of the last two results, in the questionnaire's order.</summary>
    public IReadOnlyList<ScoreChange> Changes
    {
        get
        {
            if (Latest is not { } latest || Previous is not { } previous)
            {
                return [];
            }

            var bands = questionnaire.Bands.OrderBy(b => b.Min).Select(b => b.Name).ToList();
            return questionnaire.Items
                .Where(i => latest.Input.Scores.ContainsKey(i.Id) && previous.Input.Scores.ContainsKey(i.Id))
                .Select(i =>
                {
                    var before = previous.Input.Scores[i.Id];
                    var after = latest.Input.Scores[i.Id];
                    var bandBefore = questionnaire.BandOf(before).Name;
                    var bandAfter = questionnaire.BandOf(after).Name;
                    var notable = Math.Abs(after - before) >= questionnaire.Record.NotableChange || bands.IndexOf(bandAfter) != bands.IndexOf(bandBefore);
                    return new ScoreChange(i.Id, before, after, bandBefore, bandAfter, notable);
                })
                .ToList();
        }
    }

    /// <summary>The results from a moment on (a visit summary's period), with the same problems.</summary>
    public SymptomRecord Since(DateTimeOffset from) =>
        new(questionnaire, Results.Where(r => r.Authored >= from).ToList(), Problems);
}

/// <summary>
/// Reads the files of a symptom record: FHIR R4 QuestionnaireResponses of the ESAS-r, as the
/// self-check writes them or as other tools do (LOINC codes as linkIds, with or without the total
/// score). Every file that cannot be used is named with its reason; the rest make the record.
/// </summary>
public sealed class SymptomRecordReader(Questionnaire questionnaire, FhirMapping fhir)
{
    /// <summary>A result file is a few kilobytes; this leaves room for forms that add display text.</summary>
    public const int MaxFileBytes = 128 * 1024;

    /// <summary>Two years of weekly results, or a year with extra ones between visits.</summary>
    public const int MaxFiles = 120;

    /// <summary>How far back from the latest result the record goes.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromDays(366);

    /// <summary>A result dated up to a day ahead is allowed: the person's clock and time zone may differ from ours.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromDays(1);

    public SymptomRecord Read(IEnumerable<RecordFile> files, DateTimeOffset now, string lang)
    {
        var problems = new List<RecordProblem>();
        var results = new List<RecordResult>();
        var index = 0;
        foreach (var file in files)
        {
            index++;
            if (file.Refused is { } refused)
            {
                problems.Add(new RecordProblem(file.Name, refused));
                continue;
            }

            if (index > MaxFiles)
            {
                problems.Add(new RecordProblem(file.Name, RecordProblemKind.TooMany));
                continue;
            }

            var (input, authored, errors) = fhir.FromDatedResponse(file.Text ?? "", lang);
            if (errors.Count > 0 || input is null)
            {
                var first = errors.FirstOrDefault();
                problems.Add(first is null || first.Field == "body"
                    ? new RecordProblem(file.Name, RecordProblemKind.NotReadable)
                    : new RecordProblem(file.Name, RecordProblemKind.NotEsas, LinkIdOf(first.Field)));
                continue;
            }

            if (input.Scores.Count == 0 && input.RedFlags.Count == 0)
            {
                problems.Add(new RecordProblem(file.Name, RecordProblemKind.NotEsas));
                continue;
            }

            if (authored is not { } when)
            {
                problems.Add(new RecordProblem(file.Name, RecordProblemKind.NoDate));
                continue;
            }

            if (when > now + ClockSlack)
            {
                problems.Add(new RecordProblem(file.Name, RecordProblemKind.Future, when.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            if (results.FirstOrDefault(r => SameResult(r, when, input)) is { } earlier)
            {
                problems.Add(new RecordProblem(file.Name, RecordProblemKind.Duplicate, earlier.File));
                continue;
            }

            results.Add(new RecordResult(file.Name, when, input));
        }

        if (results.Count > 0)
        {
            var from = results.Max(r => r.Authored) - Span;
            foreach (var old in results.Where(r => r.Authored < from).OrderBy(r => r.Authored).ToList())
            {
                problems.Add(new RecordProblem(old.File, RecordProblemKind.TooOld, old.Authored.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                results.Remove(old);
            }
        }

        return new SymptomRecord(questionnaire, results, problems);
    }

    /// <summary>The same moment (to the minute) with the same answers: a file given twice, or kept and uploaded.</summary>
    private static bool SameResult(RecordResult result, DateTimeOffset when, SelfCheckInput input) =>
        Math.Abs((result.Authored - when).TotalMinutes) < 1
        && result.Input.Scores.Count == input.Scores.Count && result.Input.Scores.All(s => input.Scores.TryGetValue(s.Key, out var v) && v == s.Value)
        && result.Input.RedFlags.Count == input.RedFlags.Count && result.Input.RedFlags.All(f => input.RedFlags.TryGetValue(f.Key, out var v) && v == f.Value);

    /// <summary>"item[foo]" to "foo": the item the file got wrong, as the file names it.</summary>
    private static string LinkIdOf(string field) =>
        field.StartsWith("item[", StringComparison.Ordinal) && field.EndsWith(']') ? field[5..^1] : field;
}
