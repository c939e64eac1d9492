using Wayfinder.Cli.Commands;
using Wayfinder.Data.Imports;

namespace Wayfinder.Content.Tests;

/// <summary>An import that waits forever is given up after its time limit, naming the step it had reached.</summary>
public sealed class ImportTimeLimitTests
{
    [Fact]
    public async Task An_import_that_never_finishes_is_given_up_with_the_step_it_reached()
    {
        var never = new TaskCompletionSource();

        var error = await Assert.ThrowsAsync<ImportTimeoutException>(() => ImportDisplay.RunAsync(progress =>
        {
            progress.Report(new ImportProgress("Reading studies", 0, 0));
            progress.Report(new ImportProgress("Writing trials", 0, 0));
            return never.Task; // awaits something that ignores cancellation
        }, TimeSpan.FromMilliseconds(200)));

        Assert.Equal("Writing trials", error.Step);
        Assert.Contains("stopped at the step \"Writing trials\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_that_finishes_in_time_is_not_disturbed()
    {
        var ran = false;

        await ImportDisplay.RunAsync(async progress =>
        {
            progress.Report(new ImportProgress("Writing trials", 1, 1));
            await Task.Yield();
            ran = true;
        }, TimeSpan.FromSeconds(30));

        Assert.True(ran);
    }
}
