using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Wayfinder.Tests.Shared;

/// <summary>
/// The real application, in Production mode, on the repository's real content, with the clock
/// fixed so banners and review dates do not change the results as the calendar moves.
/// </summary>
public class WayfinderFactory : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 12, 4);

    public string? ContentPath { get; init; }
    public string Environment { get; init; } = Environments.Production;
    public bool WatchContent { get; init; }
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>More configuration values ("Search:ImportPollSeconds" = "1"...).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    private string? connectionString;
    private string? databaseProvider;
    private string? createdPostgresDatabase;

    /// <summary>
    /// A fresh database per factory unless a test gives its own: SQLite, or, when
    /// WAYFINDER_TEST_DATABASE=postgres (./test.sh runs the suite a second time so), a new database
    /// on the PostgreSQL test server, dropped on dispose.
    /// </summary>
    public string ConnectionString
    {
        get => connectionString ??= FreshDatabase();
        init => connectionString = value;
    }

    /// <summary>Follows the connection string unless a test names it.</summary>
    public string DatabaseProvider
    {
        get => databaseProvider ?? (SqliteFile(ConnectionString) is null ? "postgres" : "sqlite");
        init => databaseProvider = value;
    }

    /// <summary>True when this run's integration tests use PostgreSQL for their databases.</summary>
    public static bool OnPostgres => System.Environment.GetEnvironmentVariable("WAYFINDER_TEST_DATABASE") == "postgres";

    /// <summary>The site's database, as the site sees it.</summary>
    public Wayfinder.Data.WayfinderDbContext OpenDatabase() => Wayfinder.Data.WayfinderDatabase.Create(DatabaseProvider, ConnectionString);

    /// <summary>The site's database once the site has created its tables (it migrates in the
    /// background at start, so a test that reads before any request needing them must wait).</summary>
    public async Task<Wayfinder.Data.WayfinderDbContext> OpenMigratedDatabaseAsync()
    {
        await Services.GetRequiredService<Wayfinder.Web.Infrastructure.DatabaseMigration>().EnsureAsync();
        return OpenDatabase();
    }

    /// <summary>The database file of a SQLite connection string; null for any other database.</summary>
    private static string? SqliteFile(string connection) =>
        connection.StartsWith("Data Source=", StringComparison.Ordinal) ? connection["Data Source=".Length..].Split(';')[0] : null;

    private string FreshDatabase()
    {
        if (!OnPostgres)
        {
            return $"Data Source={Path.Combine(Path.GetTempPath(), $"wayfinder-web-{Guid.NewGuid():N}.db")};Pooling=false";
        }

        var server = TestDatabase.PostgresServer ?? throw new InvalidOperationException("WAYFINDER_TEST_DATABASE=postgres needs WAYFINDER_TEST_POSTGRES");
        createdPostgresDatabase = "wayfinder_web_" + Guid.NewGuid().ToString("N")[..12];
        return $"{server};Database={createdPostgresDatabase}";
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (createdPostgresDatabase is not null)
        {
            using var db = OpenDatabase();
            Npgsql.NpgsqlConnection.ClearAllPools();
            db.Database.EnsureDeleted();
            return;
        }

        var file = connectionString is null ? null : SqliteFile(connectionString);
        if (file is not null && Path.GetFileName(file).StartsWith("wayfinder-web-", StringComparison.Ordinal))
        {
            File.Delete(file);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Content:Watch", WatchContent ? "true" : "false");
        builder.UseSetting("ConnectionStrings:Wayfinder", ConnectionString);
        builder.UseSetting("Database:Provider", DatabaseProvider);
        if (ContentPath is not null)
        {
            builder.UseSetting("Content:Path", ContentPath);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(FixedTime.On(Today));
            ConfigureServices?.Invoke(services);
        });
    }
}

/// <summary>A clock stopped at noon (UTC) on one day, so dates in pages and checks do not move with the calendar.</summary>
public static class FixedTime
{
    public static Microsoft.Extensions.Time.Testing.FakeTimeProvider On(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
}

public static partial class Repository
{
    /// <summary>Every page a visitor can open, in both languages: the routes the tests sweep.</summary>
    public static bool IsContentFilePage(string path) =>
        (path.StartsWith("/en/", StringComparison.Ordinal) || path.StartsWith("/fr/", StringComparison.Ordinal))
        && !new[] { "no-such", "introuvable" }.Any(w => path.Contains(w, StringComparison.Ordinal))
        && !Wayfinder.Content.Site.SiteRoutes.IsApplicationPage(path.Split('?')[0]) && !path.Contains('?')
        && !path.EndsWith("/all", StringComparison.Ordinal) && !path.EndsWith("/tout", StringComparison.Ordinal);

    public static IReadOnlyList<string> PagePaths()
    {
        var paths = new List<string>
        {
            "/", "/en/search", "/fr/recherche", "/en/search?q=carcinoid", "/fr/recherche?q=diarrh%C3%A9e", "/en/no-such-page", "/fr/page-introuvable",
            "/en/glossary", "/fr/glossaire", "/en/cancer-types/neuroendocrine-tumours/all", "/fr/types-de-cancer/tumeurs-neuroendocrines/tout",
            "/en/drugs", "/fr/medicaments", "/en/drugs?cancer-type=neuroendocrine-tumours", "/en/symptoms", "/fr/symptomes", "/en/self-check", "/fr/auto-evaluation",
            "/en/clinical-trials", "/fr/essais-cliniques", "/en/cancer-types", "/fr/types-de-cancer",
        };
        foreach (var file in Directory.EnumerateFiles(Content, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Content, file).Replace('\\', '/');
            if (relative.Contains("/organisations/", StringComparison.Ordinal) || relative.Contains("/glossary/", StringComparison.Ordinal)
                || relative.Contains("/glossaire/", StringComparison.Ordinal))
            {
                continue;
            }

            paths.Add(Wayfinder.Content.Loading.ContentLoader.UrlOf(relative));
        }

        return paths.Order(StringComparer.Ordinal).ToList();
    }
}
