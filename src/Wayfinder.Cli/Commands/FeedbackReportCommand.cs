using System.ComponentModel;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Wayfinder.Cli.Commands;

/// <summary><c>feedback report</c>: what readers said about each page, most "no" answers first.</summary>
public sealed class FeedbackReportCommand : AsyncCommand<FeedbackReportCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandOption("--days <DAYS>")]
        [Description("Only answers from the last DAYS days (default 90).")]
        public int Days { get; init; } = 90;

        public override ValidationResult Validate() =>
            Days is >= 1 and <= 3650 ? ValidationResult.Success() : ValidationResult.Error("--days must be from 1 to 3650");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        await using var db = Database.Open();
        await Wayfinder.Data.Migrating.MigrateAsync(db, cancellationToken);
        var since = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-options.Days);
        var answers = await db.PageFeedback.AsNoTracking().Where(f => f.Day >= since).ToListAsync(cancellationToken);
        var pages = answers
            .GroupBy(f => f.Path)
            .Select(g => (Path: g.Key, Yes: g.Count(f => f.Helpful), No: g.Count(f => !f.Helpful),
                Comments: g.Where(f => f.Comment is not null).OrderByDescending(f => f.Day).ThenByDescending(f => f.Id).Select(f => f.Comment!).Take(3).ToList()))
            .OrderByDescending(p => p.No).ThenBy(p => p.Path, StringComparer.Ordinal)
            .ToList();

        Console.WriteLine($"Page feedback since {since:yyyy-MM-dd}: {answers.Count} answers on {pages.Count} pages");
        foreach (var page in pages)
        {
            var share = (page.Yes * 100.0 / (page.Yes + page.No)).ToString("0", CultureInfo.InvariantCulture);
            Console.WriteLine($"{page.Path}  yes {page.Yes}  no {page.No}  helpful {share}%");
            foreach (var comment in page.Comments)
            {
                // Comments are stored without control characters; strip them again in case an
                // older row has some, so a comment can never drive the terminal.
                Console.WriteLine($"    \"{Wayfinder.Data.Feedback.PersonalDetails.StripControl(comment)}\"");
            }
        }

        return await Task.FromResult(0);
    }
}
