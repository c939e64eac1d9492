using Microsoft.Extensions.Configuration;

namespace Wayfinder.Cli;

/// <summary>
/// The CLI reads the same settings as the web app (appsettings.json of the web project, then
/// environment variables such as <c>Content__Path</c> or <c>ConnectionStrings__Wayfinder</c>),
/// so both see the same content and data.
/// </summary>
public static class Settings
{
    public static IConfiguration Load()
    {
        var builder = new ConfigurationBuilder();
        var webSettings = FindUp(Path.Combine("src", "Wayfinder.Web", "appsettings.json"));
        if (webSettings is not null)
        {
            builder.AddJsonFile(webSettings, optional: true);
        }

        return builder.AddEnvironmentVariables().Build();
    }

    /// <summary>The web project's folder (its content root), where the default database lives.</summary>
    public static string? WebProjectFolder() =>
        FindUp(Path.Combine("src", "Wayfinder.Web", "appsettings.json")) is { } file ? Path.GetDirectoryName(file) : null;

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
