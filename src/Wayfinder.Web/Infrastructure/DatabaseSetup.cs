using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;

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
        builder.Services.AddHealthChecks().AddDbContextCheck<WayfinderDbContext>("database", tags: ["ready"]);
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
            await db.Database.MigrateAsync();
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
        return result;
    }

    public override Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult ConnectionOpening(
        System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEventData eventData,
        Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult result)
    {
        migration.EnsureAsync().GetAwaiter().GetResult();
        return result;
    }
}

/// <summary>Starts the migration as the host starts, without holding up the web server.</summary>
internal sealed class DatabaseStartup(DatabaseMigration migration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = migration.EnsureAsync();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
