using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Data.Imports;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// The relational database (DESIGN section 2): SQLite by default, in App_Data under the app's
/// content root, or PostgreSQL with <c>Database:Provider=postgres</c>. Migrated at start; a
/// database that is down does not stop the site, since content pages do not need it.
/// </summary>
public static class DatabaseSetup
{
    public static void AddWayfinderDatabase(this WebApplicationBuilder builder)
    {
        var provider = WayfinderDatabase.NormaliseProvider(builder.Configuration["Database:Provider"]);
        var connection = builder.Configuration.GetConnectionString("Wayfinder");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = provider == WayfinderDatabase.Sqlite
                ? WayfinderDatabase.DefaultSqliteConnection(builder.Environment.ContentRootPath)
                : throw new InvalidOperationException("ConnectionStrings:Wayfinder is required when Database:Provider is 'postgres'.");
        }

        builder.Services.AddSingleton(sp => new DatabaseMigration(provider, connection, sp.GetRequiredService<ILogger<DatabaseMigration>>()));
        builder.Services.AddSingleton<MigrationGate>();
        if (provider == WayfinderDatabase.Postgres)
        {
            builder.Services.AddDbContext<WayfinderDbContext, PostgresWayfinderDbContext>((sp, o) => o.UseNpgsql(connection).AddInterceptors(sp.GetRequiredService<MigrationGate>()));
        }
        else
        {
            builder.Services.AddDbContext<WayfinderDbContext, SqliteWayfinderDbContext>((sp, o) => o.UseSqlite(connection).AddInterceptors(sp.GetRequiredService<MigrationGate>()));
        }

        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<ImportedDataHealthCheck>("data", tags: ["ready"]);
    }
}

/// <summary>
/// Creates and migrates the database. It runs in the background from start-up, so content
/// pages are served while it works; anything that opens a connection first waits for it
/// (<see cref="MigrationGate"/>). A database that was down at start is migrated on the first
/// use after it returns, so the site recovers without a restart.
/// </summary>
public sealed class DatabaseMigration(string provider, string connection, ILogger<DatabaseMigration> logger)
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
    private readonly Lock gate = new();
    private Task? running;
    private bool migrated;
    private DateTimeOffset lastFailure = DateTimeOffset.MinValue;

    /// <summary>The SQLite file, when the database is one (null for PostgreSQL or in-memory).</summary>
    private readonly string? sqliteFile = provider == WayfinderDatabase.Sqlite ? Migrating.SqliteFile(connection) : null;

    /// <summary>
    /// A SQLite file deleted while the site runs: pooled connections would go on writing to the
    /// deleted file and report success, and a new one would start an empty database. Neither is
    /// true; say the database is unreachable instead, so pages say so and feedback says "not saved".
    /// </summary>
    public void ThrowIfFileIsGone()
    {
        bool done;
        lock (gate)
        {
            done = migrated;
        }

        if (done && sqliteFile is not null && !File.Exists(sqliteFile))
        {
            throw new DatabaseFileMissingException(sqliteFile);
        }
    }

    /// <summary>Migrates if that has not succeeded yet; waits for a migration in progress.</summary>
    public Task EnsureAsync()
    {
        lock (gate)
        {
            if (migrated)
            {
                return Task.CompletedTask;
            }

            if (running is null or { IsCompleted: true })
            {
                if (running is not null && DateTimeOffset.UtcNow - lastFailure < RetryAfter)
                {
                    return Task.CompletedTask; // failed moments ago: let the caller fail fast
                }

                running = Task.Run(MigrateAsync);
            }

            return running;
        }
    }

    private async Task MigrateAsync()
    {
        try
        {
            // A context of its own, without the gate, which would wait for this very task.
            await using var db = WayfinderDatabase.Create(provider, connection);
            await Migrating.MigrateAsync(db);
            lock (gate)
            {
                migrated = true;
            }
        }
        catch (Exception ex)
        {
            lock (gate)
            {
                lastFailure = DateTimeOffset.UtcNow;
            }

            // Content pages keep serving; pages that need data say it is unavailable, and the
            // readiness check reports the database until it is back.
            logger.LogError(ex, "The database could not be migrated; data pages are unavailable until it can be");
        }
    }
}

/// <summary>Holds every database connection until the start-up migration has run.</summary>
public sealed class MigrationGate(DatabaseMigration migration) : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult> ConnectionOpeningAsync(
        System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEventData eventData,
        Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await migration.EnsureAsync().WaitAsync(cancellationToken);
        migration.ThrowIfFileIsGone();
        return result;
    }

    public override Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult ConnectionOpening(
        System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEventData eventData,
        Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult result)
    {
        migration.EnsureAsync().GetAwaiter().GetResult();
        migration.ThrowIfFileIsGone();
        return result;
    }
}

/// <summary>Starts the migration as the host starts, without holding up the web server.</summary>
internal sealed class DatabaseStartup(DatabaseMigration migration, IServiceScopeFactory scopes, ILogger<DatabaseStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = migration.EnsureAsync().ContinueWith(_ => LogMissingDataAsync(), TaskScheduler.Default).Unwrap();
        return Task.CompletedTask;
    }

    /// <summary>Tells the operator, once at start, which data sets are empty and how to load them:
    /// the public pages only say in plain words that the information is not available.</summary>
    private async Task LogMissingDataAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var dataset in await ImportedData.ReadAsync(scope.ServiceProvider.GetRequiredService<WayfinderDbContext>()))
            {
                if (!dataset.Loaded)
                {
                    logger.LogWarning("{Dataset} not loaded; load with: {Command}", dataset.Name, dataset.HowToLoad);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database health check and the pages report an unreachable database.
            logger.LogDebug(ex, "Imported data could not be counted at start");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The SQLite file the site was using is no longer there.</summary>
public sealed class DatabaseFileMissingException(string path)
    : System.Data.Common.DbException($"The SQLite database file {path} no longer exists.");

/// <summary>
/// Readiness for the database: reachable, and readable. Opening a connection is not enough: SQLite
/// opens a corrupt file without complaint and fails only when a table is read.
/// </summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WayfinderDbContext>();
            var runs = await db.ImportRuns.CountAsync(cancellationToken);
            return Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy($"The database answers ({runs} import runs).");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy($"The database cannot be read: {ex.GetBaseException().Message}");
        }
    }
}

/// <summary>
/// Readiness line for the imported data sets: how many records each holds and when it was last
/// imported, or the command that loads it. Empty data does not make the node unready: the pages
/// work and say in plain words what is not available.
/// </summary>
public sealed class ImportedDataHealthCheck(IServiceScopeFactory scopes) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var datasets = await ImportedData.ReadAsync(scope.ServiceProvider.GetRequiredService<WayfinderDbContext>(), cancellationToken);
            return Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(string.Join("; ", datasets));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database check already says the database cannot be read; this one says only what it could not count.
            return Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Degraded($"Imported data could not be counted: {ex.GetBaseException().Message}");
        }
    }
}
