namespace Wayfinder.Tests.Shared;

/// <summary>
/// External tools some tests need (installed by ./test.sh). Under CI a missing tool fails the
/// test; on a developer's machine the test is skipped with the reason.
/// </summary>
public static class TestTools
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? VnuJar
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("WAYFINDER_VNU_JAR");
            var path = string.IsNullOrEmpty(configured)
                ? Path.Combine(Repository.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
                : configured;
            return File.Exists(path) ? path : null;
        }
    }

    public static string? Chromium
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("WAYFINDER_CHROMIUM");
            var path = string.IsNullOrEmpty(configured) ? "/usr/bin/chromium" : configured;
            return File.Exists(path) ? path : null;
        }
    }

    public static string? Java => FindOnPath("java");

    /// <summary>Returns the reason to skip, or throws under CI, when a tool is missing.</summary>
    public static string? Missing(string? tool, string what)
    {
        if (tool is not null)
        {
            return null;
        }

        var reason = $"{what} is not installed; run ./test.sh to install it";
        if (IsCi)
        {
            throw new InvalidOperationException(reason + " (required under CI)");
        }

        Console.WriteLine("SKIPPED: " + reason);
        return reason;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>
/// The real public data in <c>../shared/data</c> (never copied into the repository). Override the
/// folder with WAYFINDER_TESTDATA. Under CI a missing file fails the test; elsewhere it is skipped.
/// </summary>
public static class SharedData
{
    public static string Folder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("WAYFINDER_TESTDATA");
            return string.IsNullOrEmpty(configured) ? Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "data")) : configured;
        }
    }

    /// <summary>The file's path, or null (after printing why) when it is missing outside CI.</summary>
    public static string? File(string relativePath)
    {
        var path = Path.Combine(Folder, relativePath);
        return System.IO.File.Exists(path) ? path : (TestTools.Missing(null, $"Test data {path}") is null ? path : null);
    }
}
