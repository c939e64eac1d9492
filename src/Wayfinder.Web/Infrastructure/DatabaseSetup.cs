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

        if (provider == WayfinderDatabase.Postgres)
        {
            builder.Services.AddDbContext<WayfinderDbContext, PostgresWayfinderDbContext>(o => o.UseNpgsql(connection));
        }
        else
        {
            builder.Services.AddDbContext<WayfinderDbContext, SqliteWayfinderDbContext>(o => o.UseSqlite(connection));
        }

        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHealthChecks().AddDbContextCheck<WayfinderDbContext>("database", tags: ["ready"]);
    }
}

/// <summary>Creates and migrates the database before requests are served.</summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WayfinderDbContext>();
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Content pages keep serving; pages that need data say it is unavailable, and the
            // readiness check reports the database until it is back.
            logger.LogError(ex, "The database could not be migrated at start; data pages will be unavailable");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
