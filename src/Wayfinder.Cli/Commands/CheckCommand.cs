using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Content.Checking;

namespace Wayfinder.Cli.Commands;

/// <summary><c>check</c>: the editor's gate. Every problem is printed as <c>path:line: severity: message</c>.</summary>
public sealed class CheckCommand : Command<CheckCommand.Options>
{
    public sealed class Options : ContentSettings
    {
        [CommandOption("--readability")]
        [Description("Also print the reading level of every page written for patients.")]
        public bool Readability { get; init; }

        [CommandOption("--links")]
        [Description("Also print every external link: organisation, pages that use it, and when those pages were last reviewed (when the link was last checked).")]
        public bool Links { get; init; }

        [CommandOption("--report")]
        [Description("Also print the editor's report: reviews due in the next 60 days or overdue, draft pages, broken links; and the imported data sets, with the command that loads any that is empty.")]
        public bool Report { get; init; }

        [CommandOption("--quiet")]
        [Description("Print errors only, not warnings or pending links.")]
        public bool Quiet { get; init; }
    }

    public override int Execute(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        if (options.ExistingContentRoot() is not { } root)
        {
            return 2;
        }

        var snapshot = options.Load(root, editorialChecks: true);

        var diagnostics = snapshot.Diagnostics.ToList();
        var shown = diagnostics
            .Where(d => !options.Quiet || d.Severity == Severity.Error)
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line);
        foreach (var d in shown)
        {
            var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(root, d.Path)).Replace('\\', '/');
            Console.WriteLine((d with { Path = path }).ToString());
        }

        if (options.Readability)
        {
            Reports.Readability(snapshot);
        }

        if (options.Links)
        {
            Reports.ExternalLinks(snapshot);
        }

        if (options.Report)
        {
            Reports.Editorial(snapshot, diagnostics, options.TodayDate);
            Reports.ImportedDataStatus();
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var pending = diagnostics.Count(d => d.Severity == Severity.Pending);
        var pages = snapshot.Pages.Count();
        AnsiConsole.MarkupLine(errors == 0 ? "[green]{0}[/]" : "[red]{0}[/]",
            Markup.Escape($"{snapshot.Items.Count} items ({pages} pages): {errors} errors, {warnings} warnings, {pending} pending links"));
        return errors == 0 ? 0 : 1;
    }
}
