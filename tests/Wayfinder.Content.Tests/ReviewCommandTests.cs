using System.Diagnostics;
using Wayfinder.Content.Model;
using Wayfinder.Content.Reviews;

namespace Wayfinder.Content.Tests;

/// <summary>The <c>review</c> verbs as an editor runs them: real processes on a content folder kept in git.</summary>
public sealed class ReviewCommandTests
{
    private static readonly string[] Clinician = ["--reviewer", "Jane Roe", "--role", "RN", "--licence", "CNO"];

    [Fact]
    public void Review_sign_makes_a_page_reviewed_one_edit_turns_it_back_and_pending_shows_the_diff()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "Call your care team if the pain gets worse.");
        Git(content.Root, "init", "-q");
        Commit(content.Root, "The page as written");

        var (signed, signOutput) = Run(content.Root, ["review", "sign", "en/a.md", .. Clinician, "--date", "2026-12-02"]);

        Assert.Equal(0, signed);
        Assert.Contains("Signed en/a.md (/en/a): Jane Roe, RN (CNO), 2026-12-02", signOutput, StringComparison.Ordinal);
        var ledger = File.ReadAllText(Path.Combine(content.Root, ReviewLedger.FileName));
        Assert.Contains("hash: " + SourceHash.Of(File.ReadAllText(Path.Combine(content.Root, "en/a.md"))), ledger, StringComparison.Ordinal);
        Assert.Equal(ReviewState.Reviewed, content.Load().FindByUrl("/en/a")!.Review.State);
        Commit(content.Root, "Signed");

        content.Write("en/a.md", TestContent.Page("a", "en", "Call your care team today if the pain gets worse.",
            extra: "changes:\n  - date: 2026-12-04\n    note: Said to call the same day."));

        Assert.Equal(ReviewState.ChangedSinceReview, content.Load().FindByUrl("/en/a")!.Review.State);
        var (pendingExit, pending) = Run(content.Root, "review", "pending");
        Assert.Equal(0, pendingExit);
        Assert.Contains("Changed since their clinical review (1):", pending, StringComparison.Ordinal);
        Assert.Contains("/en/a  (en/a.md)  reviewed 2026-12-02 by Jane Roe, RN (CNO); changed 2026-12-04: Said to call the same day.", pending, StringComparison.Ordinal);
        Assert.Contains("    -Call your care team if the pain gets worse.", pending, StringComparison.Ordinal);
        Assert.Contains("    +Call your care team today if the pain gets worse.", pending, StringComparison.Ordinal);
        Assert.Contains("Never reviewed by a clinician (1):\n  /fr/a  (fr/a.md)", pending.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

        var (_, report) = Run(content.Root, "check", "--report");
        Assert.Contains("Changed since their clinical review, waiting to be signed again (1; review pending shows what changed):\n  /en/a  (en/a.md)  reviewed 2026-12-02 by Jane Roe, RN (CNO)", report.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var (resigned, _) = Run(content.Root, ["review", "sign", "/en/a", "--reviewer", "Sam Lee", "--role", "MD", "--licence", "CPSO"]);
        Assert.Equal(0, resigned);
        var page = content.Load().FindByUrl("/en/a")!;
        Assert.Equal(ReviewState.Reviewed, page.Review.State);
        Assert.Equal("Sam Lee, MD (CPSO)", page.Review.Latest!.Credit);
        Assert.Equal(1, page.Review.Latest.ChangesListed);
        Assert.Contains("Changed since their clinical review (0):", Run(content.Root, "review", "pending").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fails_a_signed_page_edited_without_a_what_changed_line()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "First words.");
        Assert.Equal(0, Run(content.Root, ["review", "sign", "en/a.md", .. Clinician]).Exit);
        content.Write("en/a.md", TestContent.Page("a", "en", "Other words."));

        var (exit, output) = Run(content.Root, "check", "--quiet");

        Assert.Equal(1, exit);
        Assert.Matches(@"(?m)^\S*en/a\.md:2: error: changed since its clinical review on 2026-12-04 \(Jane Roe, RN \(CNO\)\): add a line to 'changes:' that says what changed$", output);
    }

    [Fact]
    public void Review_pending_says_when_the_approved_text_is_not_in_git()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "First words.");
        Assert.Equal(0, Run(content.Root, ["review", "sign", "en/a.md", .. Clinician]).Exit);
        content.Write("en/a.md", TestContent.Page("a", "en", "Other words.", extra: "changes:\n  - date: 2026-12-04\n    note: New words."));

        var (exit, output) = Run(content.Root, "review", "pending", "en/a.md");

        Assert.Equal(0, exit);
        Assert.Contains("/en/a  (en/a.md)  reviewed 2026-12-04 by Jane Roe, RN (CNO)", output, StringComparison.Ordinal);
        Assert.Contains("not in a git repository: cannot show the approved text", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_sign_refuses_a_page_with_check_errors_and_writes_nothing()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "See [the other page](/en/nowhere).");

        var (exit, output) = Run(content.Root, ["review", "sign", "en/a.md", .. Clinician]);

        Assert.Equal(1, exit);
        Assert.Contains("error: en/a.md has 1 check error; a clinician signs finished words", output, StringComparison.Ordinal);
        Assert.Matches(@"en/a\.md:\d+: error: link to /en/nowhere: no page has that address", output);
        Assert.False(File.Exists(Path.Combine(content.Root, ReviewLedger.FileName)));
    }

    [Theory]
    [InlineData("--role", "", "--role is required")]
    [InlineData("--date", "2026-12-05", "--date 2026-12-05 is after today (2026-12-04)")]
    [InlineData("--date", "4 Dec", "--date must be a date written YYYY-MM-DD")]
    public void Review_sign_refuses_a_sign_off_that_does_not_say_who_or_when(string option, string value, string message)
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        var args = new List<string> { "review", "sign", "en/a.md", "--reviewer", "Jane Roe", "--role", "RN", "--licence", "CNO" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exit, output) = Run(content.Root, [.. args]);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(content.Root, ReviewLedger.FileName)));
    }

    [Fact]
    public void Review_sign_names_a_page_that_does_not_exist()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");

        var (exit, output) = Run(content.Root, ["review", "sign", "/en/nowhere", .. Clinician]);

        Assert.Equal(2, exit);
        Assert.Contains("error: no page '/en/nowhere': give its file (en/drugs/octreotide.md) or its address (/en/drugs/octreotide)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_sign_refuses_while_the_ledger_is_malformed()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        content.Write(ReviewLedger.FileName, "sign_offs:\n  - page: en/a.md\n    reviewer: Jane: Roe\n");

        var (exit, output) = Run(content.Root, ["review", "sign", "en/a.md", .. Clinician]);

        Assert.Equal(1, exit);
        Assert.Contains("reviews.yaml:3: error: not valid YAML", output, StringComparison.Ordinal);
        Assert.Equal("sign_offs:\n  - page: en/a.md\n    reviewer: Jane: Roe\n", File.ReadAllText(Path.Combine(content.Root, ReviewLedger.FileName)));
    }

    [Fact]
    public void Review_report_counts_pages_by_state_in_each_language_and_lists_the_longest_waiting_first()
    {
        using var content = new TestContent();
        content.Write("en/a.md", TestContent.Page("a", "en", reviewed: "2026-10-01"))
            .Write("fr/a.md", TestContent.Page("a", "fr", reviewed: "2026-10-01"))
            .Write("en/b.md", TestContent.Page("b", "en", reviewed: "2026-11-15"))
            .Write("fr/b.md", TestContent.Page("b", "fr", reviewed: "2026-11-15"));
        Assert.Equal(0, Run(content.Root, ["review", "sign", "en/b.md", .. Clinician, "--date", "2026-11-20"]).Exit);

        var (exit, output) = Run(content.Root, "review", "report");

        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^  reviewed\s+1\s+0\s+1$", output);
        Assert.Matches(@"(?m)^  never reviewed\s+1\s+2\s+3$", output);
        Assert.Matches(@"(?m)^  changed since review\s+0\s+0\s+0$", output);
        var lines = output.Split('\n').Where(l => l.StartsWith("  2026-", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Equal(4, lines.Count);
        Assert.StartsWith("2026-10-01  never reviewed", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-11-20  reviewed", lines[^1], StringComparison.Ordinal);
        Assert.EndsWith("Jane Roe, RN (CNO)", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "Pages, longest waiting first")]
    [InlineData("pending", "Pages waiting for a clinical review")]
    public async Task Review_report_and_pending_at_a_terminal_draw_coloured_tables(string verb, string title)
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        Assert.Equal(0, Run(content.Root, ["review", "sign", "en/a.md", .. Clinician]).Exit);

        // `script` gives the tool a pseudo-terminal, as a person's shell does.
        var cli = Path.Combine(AppContext.BaseDirectory, "wayfinder.dll");
        var command = $"dotnet '{cli}' review {verb} --content '{content.Root}' --today 2026-12-04";
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = content.Root };
        foreach (var arg in new[] { "-qec", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLUMNS"] = "160";
        start.Environment.Remove("NO_COLOR");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        _ = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var text = await output;

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("\u001b[", text, StringComparison.Ordinal);
        Assert.Contains("╭", text, StringComparison.Ordinal);
        Assert.Contains(title, text, StringComparison.Ordinal);
    }

    private static (int Exit, string Output) Run(string contentRoot, params string[] args) =>
        WayfinderCli.Run(contentRoot, [.. args, "--content", contentRoot, "--today", "2026-12-04"]);

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Editor";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "editor@example.org";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), "git did not finish");
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {output.Result}{error.Result}");
    }

    private static void Commit(string folder, string message)
    {
        Git(folder, "add", "-A");
        Git(folder, "commit", "-q", "--no-gpg-sign", "-m", message);
    }
}
