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
    /// <summary>How long an import may take before it is given up (the <c>--timeout</c> option's default).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Runs the import; its first report names its first step. An import that has not finished
    /// within <paramref name="timeout"/> is given up, whatever it is waiting for, with the step it
    /// was at: its transaction is never committed, so the previous data stays as it was.
    /// </summary>
    public static async Task RunAsync(Func<IProgress<ImportProgress>, Task> import, TimeSpan? timeout = null)
    {
        var steps = new StepTracker();
        Func<IProgress<ImportProgress>, Task> tracked = progress => import(new Tee(progress, steps));
        try
        {
            await RunDisplayedAsync(tracked).WaitAsync(timeout ?? DefaultTimeout);
        }
        catch (TimeoutException)
        {
            throw new ImportTimeoutException(timeout ?? DefaultTimeout, steps.Step);
        }
    }

    private static async Task RunDisplayedAsync(Func<IProgress<ImportProgress>, Task> import)
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

    /// <summary>Remembers the step an import last reported, for the message when it is given up.</summary>
    private sealed class StepTracker : IProgress<ImportProgress>
    {
        private string step = "starting";

        public string Step => Volatile.Read(ref step);

        public void Report(ImportProgress value) => Volatile.Write(ref step, value.Step);
    }

    private sealed class Tee(IProgress<ImportProgress> display, IProgress<ImportProgress> tracker) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            tracker.Report(value);
            display.Report(value);
        }
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

/// <summary>An import that did not finish in its time limit, and the step it had reached.</summary>
public sealed class ImportTimeoutException(TimeSpan limit, string step)
    : Exception($"the import did not finish within {limit.TotalMinutes:0.##} minutes; it stopped at the step \"{step}\". Nothing was changed: the previous data is as it was.")
{
    public string Step { get; } = step;
}
