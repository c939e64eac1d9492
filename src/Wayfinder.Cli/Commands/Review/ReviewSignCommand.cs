using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Content.Checking;
using Wayfinder.Content.Model;
using Wayfinder.Content.Reviews;

namespace Wayfinder.Cli.Commands.Review;

/// <summary>
/// <c>review sign</c>: records a clinician's approval of one page as it is now, in the review
/// ledger. A page with <c>check</c> errors cannot be signed: a clinician approves finished words.
/// </summary>
public sealed class ReviewSignCommand : Command<ReviewSignCommand.Options>
{
    public sealed class Options : ContentSettings
    {
        [CommandArgument(0, "<PAGE>")]
        [Description("The page: its file (en/drugs/octreotide.md) or its address (/en/drugs/octreotide).")]
        public string Page { get; init; } = "";

        [CommandOption("--reviewer <NAME>")]
        [Description("The clinician's name, as readers will see it.")]
        public string? Reviewer { get; init; }

        [CommandOption("--role <ROLE>")]
        [Description("Their profession: RN, NP, MD, RPh, RD...")]
        public string? Role { get; init; }

        [CommandOption("--licence <BODY>")]
        [Description("The body that licenses them: CNO, CPSO, OCP, CDO...")]
        public string? Licence { get; init; }

        [CommandOption("--date <DATE>")]
        [Description("The day of the review (YYYY-MM-DD; default today). Not in the future.")]
        public string? Date { get; init; }

        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
            {
                return baseResult;
            }

            foreach (var (name, value) in new[] { ("--reviewer", Reviewer), ("--role", Role), ("--licence", Licence) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    return ValidationResult.Error($"{name} is required: a sign-off names who reviewed the page, their role and the body that licenses them");
                }

                if (value.Trim().Length > ReviewLedger.MaxField || value.Any(char.IsControl))
                {
                    return ValidationResult.Error($"{name} must be one line of at most {ReviewLedger.MaxField} characters");
                }
            }

            return Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? ValidationResult.Error("--date must be a date written YYYY-MM-DD")
                : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        if (options.ExistingContentRoot() is not { } root)
        {
            return 2;
        }

        var today = options.TodayDate;
        var date = options.Date is null ? today : DateOnly.ParseExact(options.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (date > today)
        {
            Console.Error.WriteLine($"error: --date {Pages.Date(date)} is after today ({Pages.Date(today)}): sign on or after the day of the review");
            return 2;
        }

        var snapshot = options.Load(root, editorialChecks: true);
        var ledgerProblems = snapshot.Diagnostics.Where(d => d.Rule == Rules.Ledger).ToList();
        if (ledgerProblems.Count > 0)
        {
            Console.Error.WriteLine("error: the review ledger has problems; fix them before signing:");
            foreach (var problem in ledgerProblems)
            {
                Console.Error.WriteLine("  " + problem);
            }

            return 1;
        }

        if (Pages.Find(snapshot, root, options.Page) is not { } page)
        {
            Console.Error.WriteLine($"error: no page '{options.Page}': give its file (en/drugs/octreotide.md) or its address (/en/drugs/octreotide)");
            return 2;
        }

        var errors = snapshot.Diagnostics.Where(d => d.Path == page.SourcePath && d.Severity == Severity.Error).OrderBy(d => d.Line).ToList();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine($"error: {page.SourcePath} has {errors.Count} check error{(errors.Count == 1 ? "" : "s")}; a clinician signs finished words. Fix these, then sign:");
            foreach (var error in errors)
            {
                Console.Error.WriteLine("  " + error);
            }

            return 1;
        }

        if (page.Review is { State: ReviewState.Reviewed, Latest: { } current } && current.Date == date
            && current.Reviewer == options.Reviewer!.Trim())
        {
            Console.WriteLine($"{page.SourcePath} is already signed as it is now by {current.Credit} on {Pages.Date(current.Date)}: nothing written.");
            return 0;
        }

        var signOff = new SignOff(page.SourcePath, options.Reviewer!.Trim(), options.Role!.Trim(), options.Licence!.Trim(), date, page.SourceHash, page.Changes.Count);
        var ledgerPath = Path.Combine(root, ReviewLedger.FileName);
        var before = File.Exists(ledgerPath) ? File.ReadAllText(ledgerPath) : null;
        var after = ReviewLedger.Append(before, signOff);

        // Prove the new ledger reads back before it replaces the old one, then swap it in whole,
        // so a running site never sees half a ledger.
        var (parsed, problems) = ReviewLedger.Parse(ReviewLedger.FileName, after);
        if (parsed is null || parsed.LatestFor(page.SourcePath)?.Hash != page.SourceHash)
        {
            Console.Error.WriteLine("error: the ledger would not read back; nothing written: " + string.Join("; ", problems));
            return 1;
        }

        var temporary = ledgerPath + ".tmp";
        File.WriteAllText(temporary, after);
        File.Move(temporary, ledgerPath, overwrite: true);

        var message = $"Signed {page.SourcePath} ({Pages.Name(page)}): {signOff.Credit}, {Pages.Date(date)}, {signOff.Hash[..(SourceHash.Prefix.Length + 12)]}";
        if (Pages.Plain)
        {
            Console.WriteLine(message);
        }
        else
        {
            AnsiConsole.MarkupLine($"[green]{Markup.Escape(message)}[/]");
        }

        return 0;
    }
}
