using System.Globalization;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;

namespace Wayfinder.Cli.Commands.Review;

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

    // The words for each state, once: listings, counts and colours all key on them.
    private const string Reviewed = "reviewed";
    private const string Changed = "changed since review";
    private const string Never = "never reviewed";
    public const string Due = "review due";

    public static string Describe(ReviewState state) => state switch
    {
        ReviewState.Reviewed => Reviewed,
        ReviewState.ChangedSinceReview => Changed,
        _ => Never,
    };

    /// <summary>Where a page stands for the editor: its review state, or "review due" for a reviewed
    /// page whose next review falls within the days given.</summary>
    public static string StateOf(ContentItem item, DateOnly today, int days) =>
        item.Review.State == ReviewState.Reviewed && item.NextReview <= today.AddDays(days) ? Due : Describe(item.Review.State);

    /// <summary>The colour of a state's words at a terminal (its words carry it too).</summary>
    public static string Colour(string state) => state switch
    {
        Reviewed => "green",
        Due => "blue",
        Changed => "red",
        _ => "yellow",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Colours and tables for a person at a terminal; plain lines for a file or a pipe.</summary>
    public static bool Plain => Console.IsOutputRedirected;
}
