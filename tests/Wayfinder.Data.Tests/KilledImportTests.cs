using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Data.Tests;

/// <summary>
/// An import process killed outright (a crash, an operator's kill -9, a machine going down) in
/// the middle of writing leaves the data the site had before, on both databases (DESIGN section 7).
/// </summary>
public sealed class KilledImportTests
{
    public static TheoryData<string> Providers => new() { WayfinderDatabase.Sqlite, WayfinderDatabase.Postgres };

    [SkippableTheory]
    [MemberData(nameof(Providers))]
    public async Task A_trial_import_killed_while_it_writes_leaves_the_previous_data_and_the_next_import_works(string provider)
    {
        var unavailable = TestDatabase.Unavailable(provider);
        Skip.If(unavailable is not null, unavailable);
        var fixtures = Path.Combine(SharedData.Folder, "clinicaltrials");
        Skip.If(!Directory.Exists(fixtures), "the trial fixtures are missing");
        using var database = TestDatabase.Create(provider);
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Wayfinder"] = database.ConnectionString, ["Database__Provider"] = provider };
        Assert.Equal(0, Cli.Run(environment, "trials", "import", fixtures).Exit);
        var before = await SnapshotAsync(database);
        var large = LargeImport(Path.Combine(fixtures, "v2", "aact_NCT05594173.json"), 15_000);

        bool caughtWriting;
        using (var import = Cli.Start(environment, "trials", "import", large))
        {
            caughtWriting = await WaitUntilWritingAsync(database, import);
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
        }

        var after = await SnapshotAsync(database);
        var (again, output) = Cli.Run(environment, "trials", "import", Path.Combine(fixtures, "v2"));
        File.Delete(large);

        Assert.True(caughtWriting, $"the {provider} import was stopped while its transaction was open");
        Assert.Equal(before, after);
        Assert.Equal(0, again);
        Assert.Contains("0 added, 3 updated", output, StringComparison.Ordinal);
    }

    private static async Task<(int Trials, int Sites, int Runs, string Latest)> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return (await db.Trials.CountAsync(), await db.TrialSites.CountAsync(), await db.ImportRuns.CountAsync(),
            await db.Trials.OrderByDescending(t => t.NctId).Select(t => t.NctId).FirstAsync());
    }

    /// <summary>Many copies of one real study under new NCT ids, as one NDJSON file.</summary>
    private static string LargeImport(string studyFile, int count)
    {
        var study = JsonNode.Parse(File.ReadAllText(studyFile))!;
        study.AsObject().Remove("resultsSection");
        study.AsObject().Remove("derivedSection");
        var file = Path.Combine(Path.GetTempPath(), $"wayfinder-large-{Guid.NewGuid():N}.ndjson");
        using var writer = new StreamWriter(file);
        for (var i = 0; i < count; i++)
        {
            study["protocolSection"]!["identificationModule"]!["nctId"] = $"NCT9{i:D7}";
            writer.WriteLine(study.ToJsonString());
        }

        return file;
    }

    /// <summary>Waits until the import says it is writing, lets it write a few batches, and
    /// checks that its transaction is open: uncommitted work is what the kill must throw away.</summary>
    private static async Task<bool> WaitUntilWritingAsync(TestDatabase database, Process import)
    {
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        import.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.StartsWith("Writing trials", StringComparison.Ordinal) == true)
            {
                writing.TrySetResult();
            }
        };
        import.BeginOutputReadLine();
        import.BeginErrorReadLine();
        await writing.Task.WaitAsync(TimeSpan.FromSeconds(120));
        await Task.Delay(300);

        // The importer says "Writing" from inside its transaction, and commits only after the last
        // batch; a commit before the kill would show in the data, which the test compares.
        if (database.Provider == WayfinderDatabase.Sqlite)
        {
            return !import.HasExited;
        }

        return !import.HasExited && await OpenTransactionsAsync(database.ConnectionString) > 0;
    }

    /// <summary>Transactions open in this test's own database, other than this query's.</summary>
    private static async Task<long> OpenTransactionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
            """, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
