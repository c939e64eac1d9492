using Wayfinder.Content.Checking;

namespace Wayfinder.Content.Loading;

/// <summary>
/// Finding and reading content files without ever throwing: a file or folder that cannot be read
/// (permissions, a dangling link, a file deleted while being read) is a content problem with its
/// path, not a crash. Editors' lock, swap and backup files are not content and are skipped.
/// </summary>
public static class ContentFiles
{
    /// <summary>Emacs (<c>.#name</c>, <c>#name#</c>), Vim (<c>.name.swp</c>), and backups (<c>name~</c>, <c>.bak</c>), and hidden files.</summary>
    public static bool IsEditorFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name.EndsWith('#')
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".bak", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);
    }

    /// <summary>Every Markdown file under a folder, in a stable order; folders that cannot be listed are reported.</summary>
    public static List<string> Markdown(string root, string folder, List<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                foreach (var directory in Directory.EnumerateDirectories(current))
                {
                    if (!Path.GetFileName(directory).StartsWith('.'))
                    {
                        pending.Push(directory);
                    }
                }

                files.AddRange(Directory.EnumerateFiles(current, "*.md").Where(f => !IsEditorFile(f)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(Relative(root, current), 1, Severity.Error, $"the folder cannot be read: {ex.Message}"));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>A file's text, or null with a diagnostic naming the file when it cannot be read.</summary>
    public static string? Read(string root, string path, List<Diagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "it is missing or a link to nothing" : ex.Message;
            diagnostics.Add(new Diagnostic(Relative(root, path), 1, Severity.Error, $"the file cannot be read: {reason}"));
            return null;
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
