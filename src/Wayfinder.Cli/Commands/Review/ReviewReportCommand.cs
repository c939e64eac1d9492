using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Content.Model;

namespace Wayfinder.Cli.Commands.Review;

/// <summary>
/// <c>review report</c>: the editor's dashboard. How many pages are reviewed, changed since their
/// review, due or never reviewed, in each language; then every page, the longest waiting first.
/// </summary>
public sealed class ReviewReportCommand : Command<ReviewReportCommand.Options>
{
    public sealed class Options : ContentSettings
    {
        [CommandOption("--days <N>")]
        [Description("A reviewed page is due when its next review is within this many days (default 60).")]
        [DefaultValue(60)]
        public int Days { get; init; } = 60;
    }

    /// <summary>A page's row: the date it has waited since (its sign-off, or for a page never
    /// reviewed, its editorial review), so the oldest come first.</summary>
    private sealed record Row(ContentItem Item, string State, DateOnly Since);

    public override int Execute(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        if (options.ExistingContentRoot() is not { } root)
        {
            return 2;
        }

        var snapshot = options.Load(root, editorialChecks: false);
        var today = options.TodayDate;
        var rows = snapshot.Items
            .Select(item => new Row(item, Pages.StateOf(item, today, options.Days), item.Review.Latest?.Date ?? item.Reviewed))
            .OrderBy(r => r.Since).ThenBy(r => r.Item.SourcePath, StringComparer.Ordinal)
            .ToList();
        string[] states = [Pages.Describe(ReviewState.Reviewed), Pages.Due, Pages.Describe(ReviewState.ChangedSinceReview), Pages.Describe(ReviewState.Draft)];
        int Count(string state, string? lang) => rows.Count(r => r.State == state && (lang is null || r.Item.Lang == lang));

        if (Pages.Plain)
        {
            Console.WriteLine($"Clinical review, {Pages.Date(today)}: {rows.Count} items");
            Console.WriteLine($"  {"state",-22}{"en",6}{"fr",6}{"all",6}");
            foreach (var state in states)
            {
                Console.WriteLine($"  {state,-22}{Count(state, Languages.English),6}{Count(state, Languages.French),6}{Count(state, null),6}");
            }

            Console.WriteLine("Pages, longest waiting first:");
            foreach (var row in rows)
            {
                Console.WriteLine($"  {Pages.Date(row.Since)}  {row.State,-21} {Pages.Name(row.Item)}  ({row.Item.SourcePath}){(row.Item.Review.Latest is { } s ? "  " + s.Credit : "")}");
            }

            return 0;
        }

        var counts = Reports.NewTable().Title($"Clinical review, {Pages.Date(today)}").AddColumns("state", "en", "fr", "all");
        foreach (var state in states)
        {
            counts.AddRow($"[{Pages.Colour(state)}]{state}[/]", Count(state, Languages.English).ToString(), Count(state, Languages.French).ToString(), Count(state, null).ToString());
        }

        AnsiConsole.Write(counts);
        var pages = Reports.NewTable().Title("Pages, longest waiting first").AddColumns("since", "state", "page", "reviewer", "next review");
        foreach (var row in rows)
        {
            pages.AddRow(Pages.Date(row.Since), $"[{Pages.Colour(row.State)}]{row.State}[/]", Markup.Escape(Pages.Name(row.Item)),
                Markup.Escape(row.Item.Review.Latest?.Credit ?? ""), Pages.Date(row.Item.NextReview));
        }

        AnsiConsole.Write(pages);
        return 0;
    }
}
