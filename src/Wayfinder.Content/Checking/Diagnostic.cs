namespace Wayfinder.Content.Checking;

public enum Severity
{
    Error,
    Warning,

    /// <summary>A link to a page that is planned but not written yet: reported, not failed.</summary>
    Pending,
}

/// <summary>One problem in one content file, printed as <c>path:line: severity: message</c>.</summary>
public sealed record Diagnostic(string Path, int Line, Severity Severity, string Message, string Rule = Rules.Schema)
{
    /// <summary>An error that stops a snapshot from being served. An overdue review or a hard
    /// sentence or a word the termbase rules out is an error for editors (<c>check</c> fails) but
    /// must not take a live site down.</summary>
    public bool BlocksServing => Severity == Severity.Error && Rule is not (Rules.ReviewOverdue or Rules.PlainLanguage or Rules.Terms or Rules.Review);

    public override string ToString() =>
        $"{Path}:{Line}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}

public static class Rules
{
    public const string Schema = "schema";
    public const string Link = "link";
    public const string Translation = "translation";
    public const string ReviewOverdue = "review-overdue";
    public const string Markdown = "markdown";
    public const string Site = "site";
    public const string PlainLanguage = "plain-language";
    public const string Triage = "triage";
    public const string Terms = "terms";

    /// <summary>A page changed since its sign-off without saying what changed, or a sign-off for a
    /// page that is gone: the editor's to fix, never a reason to stop serving.</summary>
    public const string Review = "review";

    /// <summary>The review ledger cannot be read: serving it could show the wrong review state,
    /// so the last good content keeps serving.</summary>
    public const string Ledger = "ledger";
}
