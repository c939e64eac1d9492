using System.ComponentModel;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Content.Loading;
using Wayfinder.Data.Imports;
using Wayfinder.Search;
using Wayfinder.Search.Sources;

namespace Wayfinder.Cli.Commands;

/// <summary>
/// <c>reindex</c>: builds the search index from the content and the database exactly as a web
/// node does, reports what it holds, and asks every running node to rebuild its own index (each
/// node keeps its index in memory; they notice the request in the shared database).
/// </summary>
public sealed class ReindexCommand : AsyncCommand<ReindexCommand.Options>
{
    public sealed class Options : CommandSettings
    {
        [CommandOption("--content <DIR>")]
        [Description("Content folder (default: Content:Path setting, else the repository's content/).")]
        public string? Content { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Options options, CancellationToken cancellationToken)
    {
        var root = ContentPathResolver.Resolve(options.Content ?? Settings.Load()["Content:Path"], Directory.GetCurrentDirectory());
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"{root}: error: content folder not found");
            return 2;
        }

        await using var db = Database.Open();
        await Wayfinder.Data.Migrating.MigrateAsync(db, cancellationToken);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        SearchIndex? index = null;
        SearchData data = SearchData.None;
        ContentSnapshot? snapshot = null;
        await AnsiConsole.Status().StartAsync("Loading content", async status =>
        {
            snapshot = new ContentLoader { EditorialChecks = false }.Load(root);
            status.Status("Reading trials and brand names");
            data = await SearchSources.ReadAsync(db, snapshot, cancellationToken);
            status.Status("Building the index");
            index = SearchIndex.Build(ContentDocuments.From(snapshot, data.ExtraBrands).Concat(data.Trials), snapshot.SearchSynonyms);
        });

        using (index)
        {
            var blocking = snapshot!.Diagnostics.Count(d => d.BlocksServing);
            if (blocking > 0)
            {
                Console.Error.WriteLine($"{root}: error: the content has {blocking} errors; run 'check' (sites keep serving their last good content)");
                return 1;
            }

            db.ImportRuns.Add(new ImportRun
            {
                Kind = Wayfinder.Data.Imports.ImportKinds.Reindex,
                Source = Path.GetFileName(root.TrimEnd('/')),
                StartedAt = started,
                FinishedAt = DateTimeOffset.UtcNow,
                Added = index!.DocumentCount,
                Succeeded = true,
            });
            await db.SaveChangesAsync(cancellationToken);
            AnsiConsole.MarkupLine(Markup.Escape(
                $"Indexed {index.DocumentCount:N0} documents ({data.TrialCount:N0} trials, {data.ExtraBrands.Values.Sum(b => b.Count):N0} Canadian brand names) in {clock.ElapsedMilliseconds:N0} ms."));
            AnsiConsole.MarkupLine(Markup.Escape("Running sites rebuild their own index within Search:ImportPollSeconds (30 s by default)."));
            return 0;
        }
    }
}
