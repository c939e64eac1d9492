using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wayfinder.Data;

/// <summary>
/// Turns the settings (<c>Database:Provider</c>, <c>ConnectionStrings:Wayfinder</c>) into a
/// context. The web app, the CLI and the tests all build their context here, so they agree.
/// </summary>
public static class WayfinderDatabase
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>SQLite file under App_Data in the given folder, when no connection string is set.</summary>
    public static string DefaultSqliteConnection(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return $"Data Source={Path.Combine(folder, "wayfinder.db")}";
    }

    public static string NormaliseProvider(string? provider) =>
        (provider ?? Sqlite).Trim().ToLowerInvariant() switch
        {
            "" or Sqlite => Sqlite,
            Postgres or "postgresql" or "npgsql" => Postgres,
            var other => throw new InvalidOperationException($"Database:Provider '{other}' is not supported: use 'sqlite' or 'postgres'."),
        };

    public static WayfinderDbContext Create(string provider, string connectionString)
    {
        if (NormaliseProvider(provider) == Postgres)
        {
            return new PostgresWayfinderDbContext(new DbContextOptionsBuilder<PostgresWayfinderDbContext>().UseNpgsql(connectionString).Options);
        }

        CreatePrivateSqliteFile(connectionString);
        return new SqliteWayfinderDbContext(new DbContextOptionsBuilder<SqliteWayfinderDbContext>().UseSqlite(connectionString).Options);
    }

    /// <summary>
    /// Creates a new SQLite file readable by its owner only (SQLite gives its journal files the
    /// same mode), rather than with the process's default umask, which is often world-readable.
    /// Feedback and import history are nobody else's business on a shared machine.
    /// </summary>
    public static void CreatePrivateSqliteFile(string connectionString)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Migrating.SqliteFile(connectionString);
        if (path is null || File.Exists(path) || Path.GetDirectoryName(path) is not { } folder || !Directory.Exists(folder))
        {
            return;
        }

        try
        {
            using var _ = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException)
        {
            // Another process created it first: it is theirs to have made.
        }
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without the web app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWayfinderDbContext>
{
    public SqliteWayfinderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWayfinderDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWayfinderDbContext>
{
    public PostgresWayfinderDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWayfinderDbContext>().UseNpgsql("Host=localhost;Database=wayfinder_design").Options);
}
