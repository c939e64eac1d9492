using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Data;
using Wayfinder.Data.Dpd;
using Wayfinder.Data.Imports;

namespace Wayfinder.Cli.Commands;

/// <summary><c>drugs import-dpd &lt;allfiles.zip&gt;</c>: loads Canadian product data for the drug sheets.</summary>
public sealed class ImportDpdCommand : AsyncCommand<ImportDpdCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandArgument(0, "<ZIP>")]
        [Description("Health Canada's Drug Product Database extract (allfiles.zip).")]
        public string Zip { get; init; } = "";

        [CommandOption("--timeout <MINUTES>")]
        [Description("Give the import up after this many minutes, reporting the step it reached (default 30). Nothing is changed by an import that is given up.")]
        public double TimeoutMinutes { get; init; } = 30;

        public override ValidationResult Validate() =>
            File.Exists(Zip) ? ValidationResult.Success() : ValidationResult.Error($"{Zip}: file not found");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        await using var db = Database.Open();
        await Wayfinder.Data.Migrating.MigrateAsync(db, cancellationToken);
        DpdImportResult? result = null;
        try
        {
            await ImportDisplay.RunAsync(async progress =>
                result = await new DpdImporter(db, TimeProvider.System).ImportAsync(options.Zip, progress, cancellationToken), TimeSpan.FromMinutes(options.TimeoutMinutes));
        }
        catch (Exception ex) when (ex is InvalidDataException or ImportTimeoutException)
        {
            Console.Error.WriteLine($"{options.Zip}: error: {ex.Message}");
            return 1;
        }

        foreach (var row in result!.Skipped)
        {
            Console.WriteLine($"{row.File}:{row.Line}: skipped: {row.Reason}");
        }

        var run = result.Run;
        AnsiConsole.MarkupLine(Markup.Escape($"{run.Added} added, {run.Updated} updated, {run.Removed} removed, {run.Skipped} rows skipped"));
        return 0;
    }
}
