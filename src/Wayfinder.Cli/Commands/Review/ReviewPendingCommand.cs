using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Content.Model;

namespace Wayfinder.Cli.Commands.Review;

/// <summary>
/// <c>review pending</c>: what a clinician needs to look at. Pages changed since their sign-off
/// come first, each with a diff against the approved text when git has it; then reviewed pages
/// whose review falls due; then pages never reviewed.
/// </summary>
public sealed class ReviewPendingCommand : Command<ReviewPendingCommand.Options>
{
    public sealed class Options : ContentSettings
    {
        [CommandArgument(0, "[PAGE]")]
        [Description("Only this page: its file (en/drugs/octreotide.md) or address (/en/drugs/octreotide).")]
        public string? Page { get; init; }

        [CommandOption("--days <N>")]
        [Description("A reviewed page is due when its next review is within this many days (default 60).")]
        [DefaultValue(60)]
        public int Days { get; init; } = 60;

        [CommandOption("--no-diff")]
        [Description("List changed pages without their diffs.")]
        public bool NoDiff { get; init; }
    }

    public override int Execute(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        if (options.ExistingContentRoot() is not { } root)
        {
            return 2;
        }

        var snapshot = options.Load(root, editorialChecks: false);
        var items = snapshot.Items.AsEnumerable();
        if (options.Page is not null)
        {
            if (Pages.Find(snapshot, root, options.Page) is not { } page)
            {
                Console.Error.WriteLine($"error: no page '{options.Page}': give its file (en/drugs/octreotide.md) or its address (/en/drugs/octreotide)");
                return 2;
            }

            items = [page];
        }

        var today = options.TodayDate;
        var ordered = items.OrderBy(i => i.SourcePath, StringComparer.Ordinal).ToList();
        var changed = ordered.Where(i => i.Review.State == ReviewState.ChangedSinceReview).ToList();
        var due = ordered.Where(i => Pages.StateOf(i, today, options.Days) == Pages.Due).OrderBy(i => i.NextReview).ToList();
        var never = ordered.Where(i => i.Review.State == ReviewState.Draft).ToList();

        if (Pages.Plain)
        {
            WritePlain(root, changed, due, never, options);
        }
        else
        {
            WriteTerminal(root, changed, due, never, options);
        }

        return 0;
    }

    private static string ChangedLine(ContentItem item)
    {
        var signOff = item.Review.Latest!;
        var last = item.LastChange is { } change && change.Date >= signOff.Date ? $"; changed {Pages.Date(change.Date)}: {change.Note}" : "";
        return $"reviewed {Pages.Date(signOff.Date)} by {signOff.Credit}{last}";
    }

    private static void WritePlain(string root, List<ContentItem> changed, List<ContentItem> due, List<ContentItem> never, Options options)
    {
        Console.WriteLine($"Changed since their clinical review ({changed.Count}):");
        foreach (var item in changed)
        {
            Console.WriteLine($"  {Pages.Name(item)}  ({item.SourcePath})  {ChangedLine(item)}");
            if (!options.NoDiff)
            {
                var diff = GitHistory.Since(root, item.SourcePath, item.Review.Latest!.Hash);
                if (diff.Diff is not null)
                {
                    Console.WriteLine($"    approved text: commit {diff.Commit![..12]}");
                    foreach (var line in diff.Diff.TrimEnd('\n').Split('\n'))
                    {
                        Console.WriteLine("    " + line);
                    }
                }
                else
                {
                    Console.WriteLine($"    {diff.Problem}");
                }
            }
        }

        Console.WriteLine($"Review due within {options.Days} days ({due.Count}):");
        foreach (var item in due)
        {
            Console.WriteLine($"  {Pages.Date(item.NextReview)}  {Pages.Name(item)}  ({item.SourcePath})  reviewed {Pages.Date(item.Review.Latest!.Date)} by {item.Review.Latest.Credit}");
        }

        Console.WriteLine($"Never reviewed by a clinician ({never.Count}):");
        foreach (var item in never)
        {
            Console.WriteLine($"  {Pages.Name(item)}  ({item.SourcePath})");
        }
    }

    private static void WriteTerminal(string root, List<ContentItem> changed, List<ContentItem> due, List<ContentItem> never, Options options)
    {
        var table = Reports.NewTable().Title("Pages waiting for a clinical review").AddColumns("state", "page", "file", "detail");
        foreach (var item in changed)
        {
            table.AddRow(Coloured(Pages.Describe(item.Review.State)), Markup.Escape(Pages.Name(item)), Markup.Escape(item.SourcePath), Markup.Escape(ChangedLine(item)));
        }

        foreach (var item in due)
        {
            table.AddRow(Coloured(Pages.Due), Markup.Escape(Pages.Name(item)), Markup.Escape(item.SourcePath), Markup.Escape($"next review {Pages.Date(item.NextReview)}"));
        }

        foreach (var item in never)
        {
            table.AddRow(Coloured(Pages.Describe(item.Review.State)), Markup.Escape(Pages.Name(item)), Markup.Escape(item.SourcePath), "");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape($"{changed.Count} changed since review, {due.Count} due within {options.Days} days, {never.Count} never reviewed"));
        if (options.NoDiff)
        {
            return;
        }

        foreach (var item in changed)
        {
            AnsiConsole.Write(new Rule(Markup.Escape($"{Pages.Name(item)} since its review on {Pages.Date(item.Review.Latest!.Date)}")).LeftJustified());
            var diff = GitHistory.Since(root, item.SourcePath, item.Review.Latest.Hash);
            if (diff.Diff is null)
            {
                AnsiConsole.MarkupLine($"[grey]{Markup.Escape(diff.Problem!)}[/]");
                continue;
            }

            foreach (var line in diff.Diff.TrimEnd('\n').Split('\n'))
            {
                var colour = line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) ? "bold"
                    : line.StartsWith('+') ? "green" : line.StartsWith('-') ? "red" : line.StartsWith("@@", StringComparison.Ordinal) ? "cyan" : "default";
                AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(line)}[/]");
            }
        }
    }

    private static string Coloured(string state) => $"[{Pages.Colour(state)}]{Markup.Escape(state)}[/]";
}
