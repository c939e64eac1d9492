using Wayfinder.Tests.Shared;
using Questionnaire = Wayfinder.Content.Questionnaires.Questionnaire;

namespace Wayfinder.Symptoms.Tests;

/// <summary>The symptom record: files read into results, trends and the changes worth pointing out.</summary>
public sealed class RecordTests
{
    private static readonly Questionnaire Questionnaire = Questionnaire.Load(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"));
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private readonly SymptomRecordReader reader = new(Questionnaire, new FhirMapping(Questionnaire));

    private static RecordFile Ours(string name, string authored, string items) => new(name,
        $$"""{"resourceType":"QuestionnaireResponse","status":"completed","authored":"{{authored}}","item":[{{items}}]}""");

    private static string Score(string linkId, int value) => $$"""{"linkId":"{{linkId}}","answer":[{"valueInteger":{{value}}}]}""";

    [Fact]
    public void Three_weekly_results_make_a_trend_per_symptom_oldest_first()
    {
        var record = reader.Read(
        [
            Ours("c.json", "2026-11-27T10:00:00-05:00", Score("pain", 6) + "," + Score("nausea", 2)),
            Ours("a.json", "2026-11-13T10:00:00-05:00", Score("pain", 2) + "," + Score("nausea", 1)),
            Ours("b.json", "2026-11-20T10:00:00-05:00", Score("pain", 3)),
        ], Now, "en");

        Assert.Empty(record.Problems);
        Assert.Equal(["a.json", "b.json", "c.json"], record.Results.Select(r => r.File));
        var pain = record.Trends.Single(t => t.Id == "pain");
        Assert.Equal([2, 3, 6], pain.Points.Select(p => p.Score));
        Assert.Equal(["mild", "mild", "moderate"], pain.Points.Select(p => p.Band));
        Assert.Equal([1, 2], record.Trends.Single(t => t.Id == "nausea").Points.Select(p => p.Score));
        Assert.Equal(["pain", "nausea"], record.Trends.Select(t => t.Id));
    }

    [Theory]
    [InlineData(3, 5, true, false)] // two points: pointed out, though still moderate
    [InlineData(3, 4, true, false)] // one point, but into another band (mild to moderate)
    [InlineData(5, 6, false, false)] // one point within a band: ordinary ups and downs
    [InlineData(8, 5, false, true)] // better by three, into moderate
    [InlineData(0, 1, true, false)] // none to mild is a move into a worse band
    public void A_change_is_pointed_out_at_two_points_or_a_move_into_another_band(int before, int after, bool worse, bool better)
    {
        var record = reader.Read(
        [
            Ours("1.json", "2026-11-20T10:00:00Z", Score("tiredness", before)),
            Ours("2.json", "2026-11-27T10:00:00Z", Score("tiredness", after)),
        ], Now, "en");

        var change = Assert.Single(record.Changes);
        Assert.Equal((before, after), (change.Before, change.After));
        Assert.Equal(worse, change.Worse);
        Assert.Equal(better, change.Better);
    }

    [Fact]
    public void The_notable_change_is_declared_once_in_content_with_its_research()
    {
        Assert.Equal(2, Questionnaire.Record.NotableChange);
        Assert.Contains(Questionnaire.Record.Sources, s => s.Url.Contains("10.1016/j.jpainsymman.2012.07.022", StringComparison.Ordinal));
    }

    [Fact]
    public void A_questionnaire_without_sources_for_its_notable_change_is_refused()
    {
        var yaml = File.ReadAllText(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"));
        var start = yaml.IndexOf("  sources:", StringComparison.Ordinal);
        var end = yaml.IndexOf("\nitems:", StringComparison.Ordinal);
        var broken = yaml[..start] + yaml[end..];
        var ex = Assert.Throws<InvalidDataException>(() => Questionnaire.Parse(broken, Questionnaire.Triage));
        Assert.Contains("record.sources", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Responses_from_other_tools_with_loinc_link_ids_are_read_with_or_without_the_total()
    {
        var withTotal = new RecordFile("other-tool.json", """
        {"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026-11-20",
         "item":[{"linkId":"/112503-8","item":[
           {"linkId":"/112503-8/112494-0","answer":[{"valueInteger":4}]},
           {"linkId":"/112503-8/112495-7","answer":[{"valueCoding":{"system":"http://loinc.org","code":"LA6115-5"}}]},
           {"linkId":"/112503-8/112493-2","answer":[{"valueInteger":8}]}]}]}
        """);
        var withoutTotal = new RecordFile("no-total.json", """
        {"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026-11-27T09:30:00-05:00",
         "item":[{"linkId":"112494-0","answer":[{"valueInteger":6}]}]}
        """);

        var record = reader.Read([withTotal, withoutTotal], Now, "fr");

        Assert.Empty(record.Problems);
        Assert.Equal([4, 6], record.Trends.Single(t => t.Id == "pain").Points.Select(p => p.Score));
        Assert.Equal(4, record.Results[0].Input.Scores["tiredness"]);
    }

    [Fact]
    public void Every_file_that_cannot_be_used_is_named_with_its_reason()
    {
        var files = new List<RecordFile>
        {
            Ours("good.json", "2026-11-27T10:00:00Z", Score("pain", 3)),
            new("notes.txt", "my pain was bad on Tuesday"),
            new("patient.json", """{"resourceType":"Patient","id":"p1"}"""),
            Ours("phq9.json", "2026-11-27T10:00:00Z", """{"linkId":"44250-9","answer":[{"valueInteger":2}]}"""),
            Ours("eleven.json", "2026-11-26T10:00:00Z", Score("pain", 11)),
            new("undated.json", """{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"pain","answer":[{"valueInteger":3}]}]}"""),
            Ours("tomorrow-year.json", "2027-12-01T10:00:00Z", Score("pain", 3)),
            Ours("copy.json", "2026-11-27T10:00:00Z", Score("pain", 3)),
            new("huge.json", null, RecordProblemKind.TooLarge),
            new("empty.json", """{"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026-11-25T10:00:00Z"}"""),
        };

        var record = reader.Read(files, Now, "en");

        Assert.Equal("good.json", Assert.Single(record.Results).File);
        Assert.Equal(
            [
                ("notes.txt", RecordProblemKind.NotReadable, null),
                ("patient.json", RecordProblemKind.NotReadable, null),
                ("phq9.json", RecordProblemKind.NotEsas, "44250-9"),
                ("eleven.json", RecordProblemKind.NotEsas, "pain"),
                ("undated.json", RecordProblemKind.NoDate, null),
                ("tomorrow-year.json", RecordProblemKind.Future, "2027-12-01"),
                ("copy.json", RecordProblemKind.Duplicate, "good.json"),
                ("huge.json", RecordProblemKind.TooLarge, null),
                ("empty.json", RecordProblemKind.NotEsas, null),
            ],
            record.Problems.Select(p => (p.File, p.Kind, p.Detail)));
    }

    [Fact]
    public void A_result_dated_later_today_in_another_time_zone_is_not_in_the_future()
    {
        var record = reader.Read([Ours("late.json", "2026-12-04T23:30:00-05:00", Score("pain", 2))], Now, "en");

        Assert.Empty(record.Problems);
    }

    [Fact]
    public void More_than_a_year_of_weekly_results_keeps_the_last_year_and_names_the_older_files()
    {
        var files = Enumerable.Range(0, 60)
            .Select(week => Ours($"week-{week:00}.json", Now.AddDays(-7 * week).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), Score("pain", week % 10)))
            .ToList();

        var record = reader.Read(files, Now, "en");

        Assert.Equal(53, record.Results.Count);
        Assert.All(record.Problems, p => Assert.Equal(RecordProblemKind.TooOld, p.Kind));
        Assert.Equal(Enumerable.Range(53, 7).Select(w => $"week-{w:00}.json").Reverse(), record.Problems.Select(p => p.File));
    }

    [Fact]
    public void Files_past_the_limit_are_named_as_not_read()
    {
        var files = Enumerable.Range(0, SymptomRecordReader.MaxFiles + 2)
            .Select(i => Ours($"r{i}.json", Now.AddHours(-i).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), Score("pain", 1)))
            .ToList();

        var record = reader.Read(files, Now, "en");

        Assert.Equal(SymptomRecordReader.MaxFiles, record.Results.Count);
        Assert.Equal([$"r{SymptomRecordReader.MaxFiles}.json", $"r{SymptomRecordReader.MaxFiles + 1}.json"], record.Problems.Select(p => p.File));
        Assert.All(record.Problems, p => Assert.Equal(RecordProblemKind.TooMany, p.Kind));
    }

    [Fact]
    public void A_period_keeps_the_results_from_its_start()
    {
        var record = reader.Read(
        [
            Ours("old.json", "2026-08-01T10:00:00Z", Score("pain", 8)),
            Ours("new.json", "2026-11-27T10:00:00Z", Score("pain", 2)),
        ], Now, "en");

        var month = record.Since(Now.AddDays(-28));

        Assert.Equal("new.json", Assert.Single(month.Results).File);
        Assert.Equal([2], month.Trends.Single().Points.Select(p => p.Score));
    }

    [Fact]
    public void Danger_signs_answered_yes_are_found_in_each_result()
    {
        var record = reader.Read(
        [
            Ours("sign.json", "2026-11-27T10:00:00Z", Score("pain", 2) + """,{"linkId":"fever","answer":[{"valueBoolean":true}]},{"linkId":"confusion","answer":[{"valueBoolean":false}]}"""),
        ], Now, "en");

        Assert.Equal(["fever"], record.Results.Single().SignsAnsweredYes(Questionnaire));
    }
}
