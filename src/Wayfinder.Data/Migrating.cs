using Microsoft.EntityFrameworkCore;

namespace Wayfinder.Data;

/// <summary>
/// Migrates the database, safely when several processes share one SQLite file (two site nodes
/// and the CLI). EF Core guards SQLite migrations with a row in <c>__EFMigrationsLock</c>, which
/// nothing removes when the process holding it is stopped: every later migration then waits for
/// it forever (an import that "never finishes"). Here the processes first take an operating-system
/// lock on a file beside the database, which the system releases when its holder dies; whoever
/// holds it knows no live process is migrating, so a lock row left in the table is stale and is
/// removed before migrating.
/// </summary>
public static class Migrating
{
    /// <summary>How long to wait for another live process's migration before giving up.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromMinutes(5);

    public static async Task MigrateAsync(WayfinderDbContext db, CancellationToken cancellation = default)
    {
        var file = db.Database.IsSqlite() ? SqliteFile(db.Database.GetConnectionString()) : null;
        if (file is null)
        {
            await db.Database.MigrateAsync(cancellation);
            return;
        }

        await using var processLock = await AcquireAsync(file + ".migrate-lock", cancellation);
        if (processLock is not null)
        {
            await ClearStaleLockAsync(db, cancellation);
        }

        // Without a lock file (a read-only or missing folder) EF Core's own lock still applies.
        await db.Database.MigrateAsync(cancellation);
    }

    /// <summary>The SQLite database file of a connection string, or null (in memory, or not SQLite).</summary>
    public static string? SqliteFile(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return null;
        }

        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal) ? null : Path.GetFullPath(source);
    }

    /// <summary>The lock, or null when no lock file can be made there (the folder is missing or read-only).</summary>
    private static async Task<FileStream?> AcquireAsync(string path, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix: another process
                // cannot take it, and it goes away with the process that holds it.
                var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                return new FileStream(path, options);
            }
            catch (IOException) when (File.Exists(path) && DateTime.UtcNow < deadline)
            {
                // Another live process holds it: it is migrating now.
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellation);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && !File.Exists(path))
            {
                return null;
            }
        }
    }

    private static async Task ClearStaleLockAsync(WayfinderDbContext db, CancellationToken cancellation)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellation);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellation), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                command.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
                await command.ExecuteNonQueryAsync(cancellation);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
