namespace Wayfinder.Tests.Shared;

/// <summary>Where the repository and its content are, for tests.</summary>
public static partial class Repository
{
    public static string Root { get; } = Find();

    public static string Content => Path.Combine(Root, "content");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wayfinder.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Wayfinder.slnx).");
    }

    /// <summary>A writable copy of the shipped content, for tests that edit files.</summary>
    public static string CopyContent()
    {
        var target = Path.Combine(Path.GetTempPath(), "wayfinder-site-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
