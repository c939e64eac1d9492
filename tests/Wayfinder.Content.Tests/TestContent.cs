using Wayfinder.Content.Checking;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Markdown;

namespace Wayfinder.Content.Tests;

/// <summary>Finds the repository, and builds throw-away content folders for tests.</summary>
public sealed class TestContent : IDisposable
{
    public static readonly DateOnly Today = new(2026, 12, 4);

    public TestContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "wayfinder-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "en"));
        Directory.CreateDirectory(Path.Combine(Root, "fr"));
        File.WriteAllText(Path.Combine(Root, "site.yaml"), SiteYamlWithoutLinks());
        // The shipped triage model, without the guides its signs point to (test content has none).
        File.WriteAllLines(Path.Combine(Root, "triage.yaml"), File.ReadAllLines(Path.Combine(RepositoryRoot, "content", "triage.yaml"))
            .Where(line => !line.TrimStart().StartsWith("guide:", StringComparison.Ordinal) && !line.TrimStart().StartsWith("section:", StringComparison.Ordinal)));
    }

    public string Root { get; }

    /// <summary>The shipped site.yaml with its site links cut (the test content has none of
    /// those pages), keeping every interface word and setting.</summary>
    private static string SiteYamlWithoutLinks()
    {
        var (site, _) = Site.SiteConfig.Parse("site.yaml", File.ReadAllText(Path.Combine(RepositoryRoot, "content", "site.yaml")));
        foreach (var language in site!.Languages.Values)
        {
            language.Navigation.Clear();
            language.FooterLinks.Clear();
        }

        foreach (var notice in site.Banners.SelectMany(b => b.Text.Values).Concat(site.OutdatedBrowser.Values))
        {
            notice.Links.Clear();
        }

        return new YamlDotNet.Serialization.SerializerBuilder()
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .WithTypeConverter(new YamlDotNet.Serialization.Converters.DateOnlyConverter(formats: "yyyy-MM-dd"))
            .Build()
            .Serialize(site);
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public TestContent Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>A valid page in both languages, so translation checks pass.</summary>
    public TestContent WritePair(string id, string enPath, string frPath, string enBody = "Body.", string frBody = "Texte.", string extra = "")
    {
        Write(enPath, Page(id, "en", enBody, extra));
        Write(frPath, Page(id, "fr", frBody, extra));
        return this;
    }

    /// <summary>Front matter for a "What changed" list with its first entry, as every page should have.</summary>
    public const string FirstPublished = "changes:\n  - date: 2026-11-01\n    note: First published.";

    public static string Page(string id, string lang, string body = "Body.", string extra = "", string reviewed = "2026-11-01", string nextReview = "2027-11-01") => $"""
        ---
        id: {id}
        type: page
        title: Title of {id}
        summary: Summary of {id}.
        audience: all
        lang: {lang}
        {(lang == "fr" ? "translation_of: " + id : "")}
        reviewed: {reviewed}
        next_review: {nextReview}
        {extra}
        sources:
          - title: Source
            publisher: Canadian Cancer Society
            year: 2024
            url: https://cancer.ca/en
        ---
        {body}
        """;

    public ContentSnapshot Load(DateOnly? today = null) =>
        new ContentLoader(new MarkdownRenderer(), FixedTime.On(today ?? Today)).Load(Root);

    public static IReadOnlyList<Diagnostic> Errors(ContentSnapshot snapshot) =>
        snapshot.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindRepositoryRoot()
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
}

/// <summary>A clock stopped at noon (UTC) on one day, so dates in pages and checks do not move with the calendar.</summary>
public static class FixedTime
{
    public static Microsoft.Extensions.Time.Testing.FakeTimeProvider On(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
}
