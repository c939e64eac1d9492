using System.Diagnostics;
using Wayfinder.Content.Reviews;

namespace Wayfinder.Cli.Commands.Review;

/// <summary>
/// What changed since a page was approved, from git: the commit whose copy of the file has the
/// approved hash, and a unified diff from that copy to the file as it is now. The ledger keeps
/// only the hash, so without git history (an export, a copy of the folder) there is no diff.
/// </summary>
public static class GitHistory
{
    /// <summary>How far back to look for the approved text.</summary>
    private const int MaxCommits = 300;

    public sealed record ApprovedDiff(string? Commit, string? Diff, string? Problem);

    public static ApprovedDiff Since(string contentRoot, string sourcePath, string approvedHash)
    {
        var file = Path.Combine(contentRoot, sourcePath);
        var top = Git(contentRoot, "rev-parse", "--show-toplevel");
        if (top is not { Exit: 0 })
        {
            return new(null, null, top is null ? "git is not installed: cannot show the approved text" : "the content folder is not in a git repository: cannot show the approved text");
        }

        var root = top.Value.Output.Trim();
        var relative = Path.GetRelativePath(root, Path.GetFullPath(file)).Replace('\\', '/');
        var log = Git(root, "log", "--format=%H", "-n", MaxCommits.ToString(System.Globalization.CultureInfo.InvariantCulture), "--", relative);
        foreach (var commit in (log?.Output ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Git(root, "show", $"{commit}:{relative}") is { Exit: 0, Output: var text } && SourceHash.Of(text) == approvedHash)
            {
                var diff = Git(root, "diff", "--no-color", "--no-ext-diff", commit, "--", relative);
                return new(commit, diff?.Output ?? "", null);
            }
        }

        return new(null, null, "the approved text is not in this repository's git history (it was never committed): no diff");
    }

    private static (int Exit, string Output)? Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("--no-pager");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Never page, never prompt, never colour: this output is read, not shown.
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(30_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "");
            }

            return (process.ExitCode, output.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
