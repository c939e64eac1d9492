using Microsoft.EntityFrameworkCore;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Data.Tests;

/// <summary><c>drugs import-dpd</c> as an operator runs it: a process, the same settings as the site.</summary>
public sealed class ImportDpdCommandTests
{
    [SkippableFact]
    public async Task The_cli_imports_the_extract_into_the_configured_database_and_reports_counts()
    {
        var extract = SharedData.File("drugs/hc_dpd_allfiles_marketed.zip");
        Skip.If(extract is null, "the DPD extract is missing");
        using var database = TestDatabase.Create("sqlite");

        var (exit, output) = Run(database.ConnectionString, "drugs", "import-dpd", extract!);

        Assert.Equal(0, exit);
        Assert.Matches(@"\d+ added, 0 updated, 0 removed, 0 rows skipped", output);
        await using var db = database.Open();
        Assert.True(await db.DrugProducts.AnyAsync(p => p.Din == "02239323"));
    }

    [Fact]
    public void The_cli_refuses_a_missing_file_with_a_clear_message()
    {
        using var database = TestDatabase.Create("sqlite");

        var (exit, output) = Run(database.ConnectionString, "drugs", "import-dpd", "/no/such/allfiles.zip");

        Assert.NotEqual(0, exit);
        Assert.Contains("/no/such/allfiles.zip: file not found", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Reindex_counts_trials_and_canadian_brands_and_asks_running_sites_to_rebuild()
    {
        var extract = SharedData.File("drugs/hc_dpd_allfiles_marketed.zip");
        var trials = Path.Combine(SharedData.Folder, "clinicaltrials");
        Skip.If(extract is null || !Directory.Exists(trials), "the DPD extract or the trial fixtures are missing");
        using var database = TestDatabase.Create("sqlite");
        Assert.Equal(0, Run(database.ConnectionString, "drugs", "import-dpd", extract!).Exit);
        Assert.Equal(0, Run(database.ConnectionString, "trials", "import", trials).Exit);

        var (exit, output) = Run(database.ConnectionString, "reindex", "--content", Repository.Content);

        Assert.Equal(0, exit);
        var match = System.Text.RegularExpressions.Regex.Match(output, @"Indexed ([\d,]+) documents \(([\d,]+) trials, ([\d,]+) Canadian brand names\)");
        Assert.True(match.Success, output);
        await using var db = database.Open();
        var trialCount = await db.Trials.CountAsync();
        Assert.Equal(trialCount, int.Parse(match.Groups[2].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(trialCount > 0);
        Assert.NotEqual("0", match.Groups[3].Value);
        Assert.True(await db.ImportRuns.AnyAsync(r => r.Kind == Wayfinder.Data.Imports.ImportKinds.Reindex && r.Succeeded), "running sites see the reindex request");
    }

    [SkippableFact]
    public void Check_report_tells_the_operator_which_data_sets_are_empty_and_the_command_that_loads_each()
    {
        var trials = Path.Combine(SharedData.Folder, "clinicaltrials");
        Skip.If(!Directory.Exists(trials), "the trial fixtures are missing");
        var missing = Path.Combine(Path.GetTempPath(), $"wayfinder-none-{Guid.NewGuid():N}.db");

        var none = Run($"Data Source={missing}", "check", "--content", Repository.Content, "--report");

        Assert.Contains("Imported data:\n  no database yet", none.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.False(File.Exists(missing), "check must not create the database");

        using var database = TestDatabase.Create("sqlite");
        Assert.Equal(0, Run(database.ConnectionString, "trials", "import", trials).Exit);
        var after = Run(database.ConnectionString, "check", "--content", Repository.Content, "--report");

        Assert.Matches(@"(?m)^  Clinical trials \(ClinicalTrials\.gov\): [1-9]\d* loaded, last imported \d{4}-\d\d-\d\d \d\d:\d\d UTC\r?$", after.Output);
        Assert.Matches(@"(?m)^  Canadian drug products \(Health Canada DPD\): not loaded; load with: dotnet run --project src/Wayfinder\.Cli -- drugs import-dpd allfiles\.zip\r?$", after.Output);
        Assert.Contains("geo import", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_report_lists_pages_with_the_most_no_answers_first_and_their_latest_comments()
    {
        using var database = TestDatabase.Create("sqlite");
        await using (var db = database.Open())
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            db.PageFeedback.AddRange(
                new Feedback.PageFeedback { Path = "/en/drugs/octreotide", Helpful = false, Comment = "Say how often the shot is given.", Day = today },
                new Feedback.PageFeedback { Path = "/en/drugs/octreotide", Helpful = false, Day = today.AddDays(-2) },
                new Feedback.PageFeedback { Path = "/en/drugs/octreotide", Helpful = true, Day = today },
                new Feedback.PageFeedback { Path = "/en/palliative-care", Helpful = true, Day = today },
                new Feedback.PageFeedback { Path = "/en/glossary", Helpful = false, Day = today.AddDays(-200) });
            await db.SaveChangesAsync();
        }

        var (exit, output) = Run(database.ConnectionString, "feedback", "report", "--days", "30");

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("4 answers on 2 pages", lines[0], StringComparison.Ordinal);
        Assert.Equal("/en/drugs/octreotide  yes 1  no 2  helpful 33%", lines[1]);
        Assert.Equal("    \"Say how often the shot is given.\"", lines[2]);
        Assert.Equal("/en/palliative-care  yes 1  no 0  helpful 100%", lines[3]);
        Assert.DoesNotContain("/en/glossary", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output) Run(string connectionString, params string[] args) =>
        Cli.Run(new Dictionary<string, string> { ["ConnectionStrings__Wayfinder"] = connectionString, ["Database__Provider"] = "sqlite" }, args);
}
