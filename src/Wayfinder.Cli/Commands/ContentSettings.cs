using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Wayfinder.Content.Loading;

namespace Wayfinder.Cli.Commands;

/// <summary>Options every verb that reads the content shares (<c>check</c>, <c>review</c>): where
/// the content is, and the day to work as of.</summary>
public class ContentSettings : CommandSettings
{
    [CommandOption("--content <DIR>")]
    [Description("Content folder (default: Content:Path setting, else the repository's content/).")]
    public string? Content { get; init; }

    [CommandOption("--today <DATE>")]
    [Description("Work as of this date (YYYY-MM-DD) instead of today: review dates, what is due.")]
    public string? Today { get; init; }

    public DateOnly TodayDate => Today is null
        ? DateOnly.FromDateTime(DateTime.Now)
        : DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override ValidationResult Validate() =>
        Today is not null && !DateOnly.TryParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Error("--today must be a date written YYYY-MM-DD")
            : ValidationResult.Success();

    public string ContentRoot => ContentPathResolver.Resolve(Content ?? Settings.Load()["Content:Path"], Directory.GetCurrentDirectory());

    /// <summary>The content folder, or null after saying it is not there (the verb then exits 2).</summary>
    public string? ExistingContentRoot()
    {
        var root = ContentRoot;
        if (Directory.Exists(root))
        {
            return root;
        }

        Console.Error.WriteLine($"{root}: error: content folder not found");
        return null;
    }

    /// <summary>The content as the site would serve it on <see cref="TodayDate"/>.</summary>
    public ContentSnapshot Load(string root, bool editorialChecks) =>
        new ContentLoader(new Content.Markdown.MarkdownRenderer(), new FixedDay(TodayDate)) { EditorialChecks = editorialChecks }.Load(root);

    /// <summary>A clock stopped at noon (UTC) on the day worked as of.</summary>
    private sealed class FixedDay(DateOnly date) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
