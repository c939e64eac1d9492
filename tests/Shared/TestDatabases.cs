using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;

namespace Wayfinder.Tests.Shared;

/// <summary>
/// Real databases for tests: a fresh SQLite file, or a fresh database on the PostgreSQL server
/// that ./test.sh starts (connection string in WAYFINDER_TEST_POSTGRES). Under CI the PostgreSQL
/// server is required; elsewhere its tests are skipped with the reason.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string provider, string connectionString, string? file)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.file = file;
        using var db = Open();
        db.Database.Migrate();
    }

    private readonly string? file;

    public string Provider { get; }
    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable("WAYFINDER_TEST_POSTGRES");

    public static TestDatabase Create(string provider)
    {
        if (provider == WayfinderDatabase.Postgres)
        {
            var server = PostgresServer ?? throw new InvalidOperationException("WAYFINDER_TEST_POSTGRES is not set");
            var name = "wayfinder_test_" + Guid.NewGuid().ToString("N")[..12];
            return new TestDatabase(provider, $"{server};Database={name}", null);
        }

        var path = Path.Combine(Path.GetTempPath(), $"wayfinder-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(provider, $"Data Source={path};Pooling=false", path);
    }

    /// <summary>Null when the provider can be tested here; otherwise why not (throws under CI).</summary>
    public static string? Unavailable(string provider) =>
        provider == WayfinderDatabase.Postgres ? TestTools.Missing(PostgresServer, "The PostgreSQL test server (WAYFINDER_TEST_POSTGRES)") : null;

    public WayfinderDbContext Open() => WayfinderDatabase.Create(Provider, ConnectionString);

    public void Dispose()
    {
        if (file is null)
        {
            using var db = Open();
            db.Database.EnsureDeleted();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
