using Wayfinder.Data;

namespace Wayfinder.Cli;

/// <summary>The same database the web app uses, from the same settings.</summary>
public static class Database
{
    public static WayfinderDbContext Open()
    {
        var settings = Settings.Load();
        var connection = settings["ConnectionStrings:Wayfinder"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            // The web app's default: App_Data/wayfinder.db beside the web project.
            var web = Settings.WebProjectFolder() ?? Directory.GetCurrentDirectory();
            connection = WayfinderDatabase.DefaultSqliteConnection(web);
        }

        return WayfinderDatabase.Create(settings["Database:Provider"] ?? WayfinderDatabase.Sqlite, connection);
    }
}
