using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;

namespace Wayfinder.Cli.Commands.Review;

/// <summary>Options every <c>review</c> verb shares: where the content is, and what day it is.</summary>
public class ReviewSettings : CommandSettings
{
    [CommandOption("--content <DIR>")]
    [Description("Content folder (default: Content:Path setting, else the repository's content/).")]
    public string? Content { get; init; }

    [CommandOption("--today <DATE>")]
    [Description("Work as of this date (YYYY-MM-DD) instead of today.")]
    public string? Today { get; init; }

    public DateOnly TodayDate => Today is null
        ? DateOnly.FromDateTime(DateTime.Now)
        : DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ValidationResult Validate() =>
        Today is not null && !DateOnly.TryParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Error("--today must be a date written YYYY-MM-DD")
            : ValidationResult.Success();

    public string ContentRoot => ContentPathResolver.Resolve(Content ?? Settings.Load()["Content:Path"], Directory.GetCurrentDirectory());

    /// <summary>The content as the site would serve it on <see cref="TodayDate"/>.</summary>
    public ContentSnapshot Load(bool editorialChecks) =>
        new ContentLoader(new Content.Markdown.MarkdownRenderer(), new FixedDay(TodayDate)) { EditorialChecks = editorialChecks }.Load(ContentRoot);

    private sealed class FixedDay(DateOnly date) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}

/// <summary>Finding the page an editor names, by its file or its address, and how to name it back.</summary>
public static class Pages
{
    /// <summary>A page from <c>en/drugs/octreotide.md</c>, <c>content/en/drugs/octreotide.md</c>,
    /// <c>/en/drugs/octreotide</c> or a full address; null when nothing matches.</summary>
    public static ContentItem? Find(ContentSnapshot snapshot, string contentRoot, string name)
    {
        var text = name.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            text = uri.AbsolutePath;
        }

        if (text.StartsWith('/') && snapshot.FindByUrl(text.Length > 4 ? text.TrimEnd('/') : text) is { } byUrl)
        {
            return byUrl;
        }

        var full = Path.GetFullPath(text, Directory.GetCurrentDirectory());
        var relative = full.StartsWith(contentRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(contentRoot, full).Replace('\\', '/')
            : text.Replace('\\', '/');
        return snapshot.Items.FirstOrDefault(i => i.SourcePath == relative || i.SourcePath == "content/" + relative || "content/" + i.SourcePath == relative);
    }

    /// <summary>"/en/palliative-care" for a page; the file for data shown inside other pages (glossary, organisations).</summary>
    public static string Name(ContentItem item) => item.Url ?? item.SourcePath;

    public static string Describe(ReviewState state) => state switch
    {
        ReviewState.Reviewed => "reviewed",
        ReviewState.ChangedSinceReview => "changed since review",
        _ => "never reviewed",
    };

    public static string Colour(ReviewState state) => state switch
    {
        ReviewState.Reviewed => "green",
        ReviewState.ChangedSinceReview => "red",
        _ => "yellow",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Colours and tables for a person at a terminal; plain lines for a file or a pipe.</summary>
    public static bool Plain => Console.IsOutputRedirected;

    public static Table NewTable() => new Table().Border(TableBorder.Rounded);
}
