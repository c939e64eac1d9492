using Spectre.Console;
using Wayfinder.Data.Imports;

namespace Wayfinder.Cli.Commands;

/// <summary>
/// Shows how a long import is going: a live progress line in a terminal; in a log (cron, systemd,
/// CI) where a live line cannot be drawn, one plain line as each step starts, so an operator can
/// tell from the log where an import stopped.
/// </summary>
public static class ImportDisplay
{
    /// <summary>Runs the import; its first report names its first step.</summary>
    public static async Task RunAsync(Func<IProgress<ImportProgress>, Task> import)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            await import(new StepLines());
            return;
        }

        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Starting");
                task.IsIndeterminate = true;
                await import(new Progress<ImportProgress>(p =>
                {
                    task.Description = Markup.Escape(p.Total > 0 ? p.Step : $"{p.Step}: {p.Done:N0}");
                    task.IsIndeterminate = p.Total <= 0;
                    if (p.Total > 0)
                    {
                        task.MaxValue = p.Total;
                        task.Value = p.Done;
                    }
                }));
                task.Value = task.MaxValue;
                task.StopTask();
            });
    }

    /// <summary>Reports synchronously, so the line is written before the import goes on.</summary>
    private sealed class StepLines : IProgress<ImportProgress>
    {
        private string? step;

        public void Report(ImportProgress value)
        {
            if (value.Step == step || (value.Total > 0 && value.Done >= value.Total))
            {
                return;
            }

            step = value.Step;
            Console.WriteLine($"{value.Step}...");
            Console.Out.Flush();
        }
    }
}
