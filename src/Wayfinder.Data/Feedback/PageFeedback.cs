namespace Wayfinder.Data.Feedback;

/// <summary>
/// One answer to "Was this page helpful?". Nothing about the person is kept: no address, no
/// browser, no time of day; comments have e-mail addresses and numbers removed before saving.
/// </summary>
public sealed class PageFeedback
{
    public int Id { get; set; }

    /// <summary>The page's path, such as <c>/en/drugs/octreotide</c>.</summary>
    public required string Path { get; set; }
    public bool Helpful { get; set; }
    public string? Comment { get; set; }

    /// <summary>The day only: enough for a report, too coarse to single out a visit.</summary>
    public DateOnly Day { get; set; }
}

public static class PageFeedbackLimits
{
    public const int CommentLength = 500;
}
