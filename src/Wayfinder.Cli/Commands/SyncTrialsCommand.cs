using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Trials;

namespace Wayfinder.Cli.Commands;

/// <summary><c>trials sync</c>: fetches trials from the live ClinicalTrials.gov API v2.</summary>
public sealed class SyncTrialsCommand : AsyncCommand<SyncTrialsCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandOption("--condition <TEXT>")]
        [Description("Condition search (query.cond). Default: the content's cancer types (each hub's trial_query, else its trial terms).")]
        public string? Condition { get; init; }

        [CommandOption("--country <NAME>")]
        [Description("Only trials with a site in this country. Default: Canada. Use --country \"\" for all.")]
        public string? Country { get; init; }

        [CommandOption("--base-url <URL>")]
        [Description("API base address. Default: Trials:ApiBaseUrl, else https://clinicaltrials.gov/api/v2/.")]
        public string? BaseUrl { get; init; }

        [CommandOption("--state <FILE>")]
        [Description("Where the last page token is kept to resume an interrupted sync. Default: App_Data/trials-sync.json.")]
        public string? State { get; init; }

        [CommandOption("--timeout <MINUTES>")]
        [Description("Give the sync up after this many minutes, reporting where it stopped (default 240); the next run resumes from there.")]
        public double TimeoutMinutes { get; init; } = 240;

        [CommandOption("--interval <SECONDS>")]
        [Description("Seconds between requests (default 1.2).")]
        public double? Interval { get; init; }

        public override ValidationResult Validate() =>
            BaseUrl is not null && !Uri.TryCreate(BaseUrl, UriKind.Absolute, out _) ? ValidationResult.Error("--base-url must be an absolute address")
            : Interval is < 0 ? ValidationResult.Error("--interval cannot be negative")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var settings = Settings.Load();
        var baseUrl = options.BaseUrl ?? settings["Trials:ApiBaseUrl"] ?? "https://clinicaltrials.gov/api/v2/";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Wayfinder-trials-sync/1.0");
        var cancerTypes = ContentCancerTypes.Load();
        var condition = options.Condition ?? cancerTypes.SyncCondition;
        if (string.IsNullOrWhiteSpace(condition))
        {
            Console.Error.WriteLine("error: the content has no cancer type to ask the registry for; give --condition");
            return 1;
        }

        await using var db = Database.Open();
        await Wayfinder.Data.Migrating.MigrateAsync(db, cancellationToken);
        var web = Settings.WebProjectFolder() ?? Directory.GetCurrentDirectory();
        var syncOptions = new SyncOptions
        {
            Condition = condition,
            Country = options.Country ?? "Canada",
            StateFile = options.State ?? Path.Combine(web, "App_Data", "trials-sync.json"),
            MinimumInterval = TimeSpan.FromSeconds(options.Interval ?? 1.2),
        };

        var limit = TimeSpan.FromMinutes(options.TimeoutMinutes);
        using var overall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        overall.CancelAfter(limit);
        var lastLine = "starting";
        try
        {
            // Given up after the limit even if something it waits on ignores cancellation.
            var result = await new TrialSync(http, db, TimeProvider.System, cancerTypes)
                .RunAsync(syncOptions, new Progress<string>(line => { lastLine = line; Console.WriteLine(line); }), overall.Token)
                .WaitAsync(limit + TimeSpan.FromSeconds(30), cancellationToken);
            AnsiConsole.MarkupLine(Markup.Escape($"{result.Pages} pages{(result.Resumed ? " (resumed)" : "")}: {result.Added} added, {result.Updated} updated, {result.Skipped} skipped"));
            return 0;
        }
        catch (SyncFailedException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && overall.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            Console.Error.WriteLine($"error: the sync did not finish within {limit.TotalMinutes:0.##} minutes; it stopped after: {lastLine}. Run it again to resume.");
            return 1;
        }
    }
}
