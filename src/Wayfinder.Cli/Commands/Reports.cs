using Spectre.Console;
using Wayfinder.Content.Checking;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Readability;

namespace Wayfinder.Cli.Commands;

/// <summary>Reports an editor asks <c>check</c> for: reading levels and external links.</summary>
public static class Reports
{
    public static void Readability(ContentSnapshot snapshot)
    {
        var checks = snapshot.Site.Checks;
        var table = NewTable().Title("Reading level of patient pages")
            .AddColumns("page", "measure", "score", "limit", "sentences", "longest");
        foreach (var page in snapshot.Pages.Where(p => p.IsForPatients).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            var score = ReadabilityScore.Measure(page.Sentences.Select(s => s.Text), page.Lang);
            var fr = page.Lang == Languages.French;
            var pass = fr ? score.Value >= checks.MinEaseFr : score.Value <= checks.MaxGradeEn;
            table.AddRow(
                Markup.Escape(page.Url!),
                fr ? "Kandel-Moles ease" : "Flesch-Kincaid grade",
                (pass ? "[green]" : "[red]") + score.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "[/]",
                fr ? $">= {checks.MinEaseFr}" : $"<= {checks.MaxGradeEn}",
                score.Sentences.ToString(System.Globalization.CultureInfo.InvariantCulture),
                page.Sentences.Count == 0 ? "0" : page.Sentences.Max(s => s.Words.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " words");
        }

        AnsiConsole.Write(table);
    }

    /// <summary>The imported data sets (drug products, trials, postal areas): how much each holds,
    /// or the command that loads it. Read only: a database that does not exist is not created.</summary>
    public static void ImportedDataStatus()
    {
        Console.WriteLine("Imported data:");
        try
        {
            using var db = Database.OpenExisting();
            if (db is null)
            {
                Console.WriteLine("  no database yet: the site creates it at its first start; then load the data sets.");
                return;
            }

            foreach (var dataset in Wayfinder.Data.Imports.ImportedData.ReadAsync(db).GetAwaiter().GetResult())
            {
                Console.WriteLine($"  {dataset}");
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            Console.WriteLine($"  the database cannot be read: {ex.GetBaseException().Message}");
        }
    }

    /// <summary>
    /// The editor's to-do list (<c>check --report</c>): pages whose review falls due in the next
    /// 60 days or is overdue, pages still in draft (not yet reviewed by a clinician), and links
    /// that lead nowhere. Plain lines, so the report can be mailed or filtered.
    /// </summary>
    public static void Editorial(ContentSnapshot snapshot, IReadOnlyList<Diagnostic> diagnostics, DateOnly today, int days = 60)
    {
        var pages = snapshot.Pages.OrderBy(p => p.NextReview).ThenBy(p => p.Url, StringComparer.Ordinal).ToList();
        var due = pages.Where(p => p.NextReview >= today && p.NextReview <= today.AddDays(days)).ToList();
        var overdue = pages.Where(p => p.NextReview < today).ToList();
        var drafts = pages.Where(p => p.Review.State == ReviewState.Draft).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        var changed = pages.Where(p => p.Review.State == ReviewState.ChangedSinceReview).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        var broken = diagnostics.Where(d => d.Rule == Rules.Link && d.Severity == Severity.Error).ToList();

        Console.WriteLine($"Review due in the next {days} days ({due.Count}):");
        foreach (var page in due)
        {
            Console.WriteLine($"  {page.NextReview:yyyy-MM-dd}  {page.Url}  ({page.SourcePath})");
        }

        Console.WriteLine($"Review overdue ({overdue.Count}):");
        foreach (var page in overdue)
        {
            Console.WriteLine($"  {page.NextReview:yyyy-MM-dd}  {page.Url}  ({page.SourcePath})");
        }

        Console.WriteLine($"Changed since their clinical review, waiting to be signed again ({changed.Count}; review pending shows what changed):");
        foreach (var page in changed)
        {
            Console.WriteLine($"  {page.Url}  ({page.SourcePath})  reviewed {page.Review.Latest!.Date:yyyy-MM-dd} by {page.Review.Latest.Credit}");
        }

        Console.WriteLine($"Drafts not yet reviewed by a clinician ({drafts.Count}):");
        foreach (var page in drafts)
        {
            Console.WriteLine($"  {page.Url}  ({page.SourcePath})");
        }

        Console.WriteLine($"Broken links ({broken.Count}):");
        foreach (var link in broken)
        {
            Console.WriteLine($"  {link}");
        }
    }

    public static void ExternalLinks(ContentSnapshot snapshot)
    {
        var report = ExternalLinkReport.Build(snapshot.Items);
        var table = NewTable().Title("External links").AddColumns("address", "organisation", "pages", "last checked");
        foreach (var link in report)
        {
            table.AddRow(Markup.Escape(link.Url), Markup.Escape(link.Organisation), link.Pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                link.LastChecked.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape($"{report.Count} external links"));
    }

    /// <summary>A table as wide as it needs to be when the output goes to a file or another
    /// program, so addresses are never wrapped.</summary>
    internal static Table NewTable()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 1000;
        }

        return new Table().Border(Console.IsOutputRedirected ? TableBorder.Ascii : TableBorder.Rounded);
    }
}
