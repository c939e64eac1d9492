using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Trials;

namespace Wayfinder.Cli.Commands;

/// <summary><c>trials import &lt;file|dir&gt;</c>: ClinicalTrials.gov v2 studies into the site's database.</summary>
public sealed class ImportTrialsCommand : AsyncCommand<ImportTrialsCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("A v2 study (.json), a /api/v2/studies page (.json with studies[]), NDJSON (.ndjson), or a folder of them.")]
        public string Path { get; init; } = "";

        [CommandOption("--timeout <MINUTES>")]
        [Description("Give the import up after this many minutes, reporting the step it reached (default 30). Nothing is changed by an import that is given up.")]
        public double TimeoutMinutes { get; init; } = 30;

        public override ValidationResult Validate() =>
            File.Exists(Path) || Directory.Exists(Path) ? ValidationResult.Success() : ValidationResult.Error($"{Path}: file or folder not found");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var cancerTypes = ContentCancerTypes.Load();
        await using var db = Database.Open();
        await Wayfinder.Data.Migrating.MigrateAsync(db, cancellationToken);
        TrialImportResult? result = null;
        try
        {
            await ImportDisplay.RunAsync(async progress =>
                result = await new TrialImporter(db, TimeProvider.System, cancerTypes).ImportAsync(options.Path, progress, cancellationToken), TimeSpan.FromMinutes(options.TimeoutMinutes));
        }
        catch (ImportTimeoutException ex)
        {
            Console.Error.WriteLine($"{options.Path}: error: {ex.Message}");
            return 1;
        }

        foreach (var record in result!.Skipped)
        {
            Console.WriteLine(record.ToString());
        }

        var run = result.Run;
        AnsiConsole.MarkupLine(Markup.Escape($"{run.Added} added, {run.Updated} updated, {run.Skipped} skipped"));
        return 0;
    }
}

/// <summary><c>geo import &lt;csv&gt;</c>: postal area centres, so "near" accepts a postal code.</summary>
public sealed class ImportGeoCommand : AsyncCommand<ImportGeoCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandArgument(0, "<CSV>")]
        [Description("Canadian postal Forward Sortation Area centroids: fsa,city,province,latitude,longitude,...")]
        public string Csv { get; init; } = "";

        public override ValidationResult Validate() =>
            File.Exists(Csv) ? ValidationResult.Success() : ValidationResult.Error($"{Csv}: file not found");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        await using var db = Database.Open();
        await Wayfinder.Data.Migrating.MigrateAsync(db, cancellationToken);
        try
        {
            var (imported, skipped) = await new PostalAreaImporter(db).ImportAsync(options.Csv, cancellationToken);
            foreach (var line in skipped)
            {
                Console.WriteLine(line);
            }

            AnsiConsole.MarkupLine(Markup.Escape($"{imported} postal areas imported, {skipped.Count} rows skipped"));
            return 0;
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }
}
