using Wayfinder.Data;

namespace Wayfinder.Cli;

/// <summary>The same database the web app uses, from the same settings.</summary>
public static class Database
{
    public static WayfinderDbContext Open()
    {
        var (provider, connection) = Connection();
        return WayfinderDatabase.Create(provider, connection);
    }

    /// <summary>The database if it exists, for commands that only read it: a SQLite file that is
    /// not there is not created (the site creates and migrates it at its first start).</summary>
    public static WayfinderDbContext? OpenExisting()
    {
        var (provider, connection) = Connection();
        return Migrating.SqliteFile(connection) is { } file && !File.Exists(file) ? null : WayfinderDatabase.Create(provider, connection);
    }

    private static (string Provider, string Connection) Connection()
    {
        var settings = Settings.Load();
        var connection = settings["ConnectionStrings:Wayfinder"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            // The web app's default: App_Data/wayfinder.db beside the web project.
            var web = Settings.WebProjectFolder() ?? Directory.GetCurrentDirectory();
            connection = WayfinderDatabase.DefaultSqliteConnection(web);
        }

        return (settings["Database:Provider"] ?? WayfinderDatabase.Sqlite, connection);
    }
}
