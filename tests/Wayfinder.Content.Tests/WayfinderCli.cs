using System.Diagnostics;

namespace Wayfinder.Content.Tests;

/// <summary>The <c>wayfinder</c> tool as an editor runs it: a real process, its output (standard
/// output then standard error) and its exit code, without colours, on a wide terminal.</summary>
public static class WayfinderCli
{
    public static (int Exit, string Output) Run(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wayfinder.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "240";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), $"wayfinder {string.Join(' ', args)} did not finish in time");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
