using Microsoft.EntityFrameworkCore;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Data.Tests;

/// <summary>
/// A site process stopped while it migrated a SQLite file leaves EF Core's lock row behind;
/// every later migration then waited forever, so `trials import` never finished. It must finish.
/// </summary>
public sealed class MigrationLockTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("wayfinder-migration-lock-").FullName;

    [Fact]
    public async Task A_migration_lock_left_by_a_stopped_process_does_not_stop_the_next_migration()
    {
        var connection = $"Data Source={Path.Combine(folder, "site.db")}";
        await using (var first = WayfinderDatabase.Create(WayfinderDatabase.Sqlite, connection))
        {
            await Migrating.MigrateAsync(first);
            await LeaveLockRowAsync(first);
        }

        await using var next = WayfinderDatabase.Create(WayfinderDatabase.Sqlite, connection);
        await Migrating.MigrateAsync(next).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Empty(await next.Database.SqlQueryRaw<long>("SELECT \"Id\" AS \"Value\" FROM \"__EFMigrationsLock\"").ToListAsync());
    }

    [SkippableFact]
    public async Task Trials_import_finishes_on_a_database_whose_migration_lock_was_left_behind()
    {
        var fixtures = Path.Combine(SharedData.Folder, "clinicaltrials", "v2");
        Skip.If(!Directory.Exists(fixtures), "the trial fixtures are missing");
        var connection = $"Data Source={Path.Combine(folder, "cli.db")}";
        await using (var site = WayfinderDatabase.Create(WayfinderDatabase.Sqlite, connection))
        {
            await Migrating.MigrateAsync(site);
            await LeaveLockRowAsync(site);
        }

        var (exit, output) = Cli.Run(new Dictionary<string, string> { ["ConnectionStrings__Wayfinder"] = connection, ["Database__Provider"] = "sqlite" },
            "trials", "import", fixtures, "--timeout", "2");

        Assert.True(exit == 0, output);
        Assert.Contains("added", output, StringComparison.Ordinal);
    }

    /// <summary>What a process killed inside Migrate() leaves: the lock row, never deleted.</summary>
    private static async Task LeaveLockRowAsync(WayfinderDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
        await db.Database.ExecuteSqlRawAsync("INSERT OR REPLACE INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-01 10:00:00')");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
