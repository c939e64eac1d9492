namespace Wayfinder.Content.Loading;

/// <summary>
/// Finds the content folder. <c>Content:Path</c> wins when set; otherwise the repository's
/// <c>content/</c> is found by walking up from the app's content root and from the binaries, so
/// <c>dotnet run --project src/Wayfinder.Web</c>, the tests and a published app all work
/// without configuration.
/// </summary>
public static class ContentPathResolver
{
    public static string Resolve(string? configured, string contentRootPath)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRootPath);
        }

        foreach (var start in new[] { contentRootPath, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(candidate, "site.yaml")))
                {
                    return candidate;
                }
            }
        }

        return Path.Combine(contentRootPath, "content");
    }
}
