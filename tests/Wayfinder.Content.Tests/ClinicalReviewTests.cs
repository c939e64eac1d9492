using Microsoft.Extensions.Logging.Abstractions;
using Wayfinder.Content.Checking;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Reviews;

namespace Wayfinder.Content.Tests;

/// <summary>The review ledger as the loader reads it: a page is reviewed exactly while its text
/// is the text its latest sign-off approved.</summary>
public sealed class ClinicalReviewTests
{
    private static SignOff SignOffFor(TestContent content, string page, string reviewer = "Jane Roe", DateOnly? date = null, int changesListed = 0) =>
        new(page, reviewer, "RN", "CNO", date ?? new DateOnly(2026, 12, 1), SourceHash.Of(File.ReadAllText(Path.Combine(content.Root, page))), changesListed);

    private static void Sign(TestContent content, SignOff signOff)
    {
        var path = Path.Combine(content.Root, ReviewLedger.FileName);
        File.WriteAllText(path, ReviewLedger.Append(File.Exists(path) ? File.ReadAllText(path) : null, signOff));
    }

    [Fact]
    public void A_page_signed_as_it_is_reads_as_clinically_reviewed_with_its_reviewer()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        Sign(content, SignOffFor(content, "en/a.md"));

        var snapshot = content.Load();

        var page = snapshot.FindByUrl("/en/a")!;
        Assert.Equal(ReviewState.Reviewed, page.Review.State);
        Assert.False(page.IsDraft);
        Assert.Equal("Jane Roe, RN (CNO)", page.Review.Latest!.Credit);
        Assert.Equal(ReviewState.Draft, snapshot.FindByUrl("/fr/a")!.Review.State);
        Assert.Empty(TestContent.Errors(snapshot));
    }

    [Fact]
    public void One_edit_after_sign_off_turns_the_page_back_and_check_asks_for_a_what_changed_line()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "First words.");
        Sign(content, SignOffFor(content, "en/a.md"));

        content.Write("en/a.md", TestContent.Page("a", "en", "First words, and one more."));
        var snapshot = content.Load();

        var page = snapshot.FindByUrl("/en/a")!;
        Assert.Equal(ReviewState.ChangedSinceReview, page.Review.State);
        Assert.True(page.IsDraft);
        var problem = Assert.Single(TestContent.Errors(snapshot));
        Assert.Equal("en/a.md", problem.Path);
        Assert.Contains("changed since its clinical review on 2026-12-01 (Jane Roe, RN (CNO)): add a line to 'changes:'", problem.Message, StringComparison.Ordinal);
        Assert.False(problem.BlocksServing);

        content.Write("en/a.md", TestContent.Page("a", "en", "First words, and one more.", extra: "changes:\n  - date: 2026-12-03\n    note: Added one more thing to do."));
        var fixedUp = content.Load();
        Assert.Empty(TestContent.Errors(fixedUp));
        Assert.Equal(ReviewState.ChangedSinceReview, fixedUp.FindByUrl("/en/a")!.Review.State);
        Assert.Equal(new PageChange(new DateOnly(2026, 12, 3), "Added one more thing to do.", 12), fixedUp.FindByUrl("/en/a")!.LastChange);
    }

    [Fact]
    public void Signing_the_edited_page_again_makes_it_reviewed_by_the_latest_sign_off()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        Sign(content, SignOffFor(content, "en/a.md"));
        content.Write("en/a.md", TestContent.Page("a", "en", "New words.", extra: "changes:\n  - date: 2026-12-03\n    note: Rewrote the page."));
        Sign(content, SignOffFor(content, "en/a.md", reviewer: "Sam Lee", date: new DateOnly(2026, 12, 3), changesListed: 1));

        var page = content.Load().FindByUrl("/en/a")!;

        Assert.Equal(ReviewState.Reviewed, page.Review.State);
        Assert.Equal("Sam Lee", page.Review.Latest!.Reviewer);
        Assert.Equal(new DateOnly(2026, 12, 3), page.LastModified);
    }

    [Fact]
    public void A_sign_off_whose_hash_does_not_match_the_page_leaves_it_unreviewed()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        Sign(content, SignOffFor(content, "en/a.md") with { Hash = SourceHash.Of("some other text") });

        var snapshot = content.Load();

        Assert.Equal(ReviewState.ChangedSinceReview, snapshot.FindByUrl("/en/a")!.Review.State);
        Assert.True(snapshot.FindByUrl("/en/a")!.IsDraft, "a page whose text is not the approved text is not clinically reviewed");
    }

    [Fact]
    public void Windows_line_ends_do_not_undo_a_review()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        Sign(content, SignOffFor(content, "en/a.md"));
        var path = Path.Combine(content.Root, "en/a.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(ReviewState.Reviewed, content.Load().FindByUrl("/en/a")!.Review.State);
    }

    [Fact]
    public void A_sign_off_for_a_page_that_no_longer_exists_is_named_with_its_ledger_line()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        Sign(content, SignOffFor(content, "en/a.md"));
        File.Move(Path.Combine(content.Root, "en/a.md"), Path.Combine(content.Root, "en/b.md"));

        var snapshot = content.Load();

        var problem = Assert.Single(TestContent.Errors(snapshot), d => d.Path == ReviewLedger.FileName);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("sign-off for en/a.md (Jane Roe, RN (CNO), 2026-12-01): no such page", problem.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewState.Draft, snapshot.FindByUrl("/en/b")!.Review.State);
    }

    [Theory]
    [InlineData("sign_offs:\n  - page: en/a.md\n    reviewer: Jane: Roe\n", 3, "not valid YAML")]
    [InlineData("sign_offs: yes\n", 1, "'sign_offs' must be a list")]
    [InlineData("signoffs: []\n", 1, "unknown field 'signoffs'")]
    [InlineData("sign_offs:\n  - page: en/a.md\n    reviewer: Jane Roe\n    role: RN\n    licence: CNO\n    date: 1 December 2026\n    hash: sha256:0000000000000000000000000000000000000000000000000000000000000000\n    changes_listed: 0\n", 6, "'date' must be a date written YYYY-MM-DD, not '1 December 2026'")]
    [InlineData("sign_offs:\n  - page: en/a.md\n    reviewer: Jane Roe\n    role: RN\n    licence: CNO\n    date: 2026-12-01\n    hash: abc\n    changes_listed: 0\n", 7, "'hash' must be 'sha256:' and 64 lower-case hex digits")]
    [InlineData("sign_offs:\n  - page: en/a.md\n    reviewer: Jane Roe\n    date: 2026-12-01\n", 2, "this sign-off is missing role, licence, hash, changes_listed")]
    [InlineData("sign_offs:\n  - page: ../secrets.md\n    reviewer: Jane Roe\n    role: RN\n    licence: CNO\n    date: 2026-12-01\n    hash: sha256:0000000000000000000000000000000000000000000000000000000000000000\n    changes_listed: 0\n", 2, "'page' must be a content file's path")]
    [InlineData("sign_offs:\n  - page: en/a.md\n    reviewer: Jane Roe\n    role: RN\n    licence: CNO\n    date: 2026-12-01\n    hash: sha256:0000000000000000000000000000000000000000000000000000000000000000\n    changes_listed: 0\n    approved: yes\n", 9, "unknown field 'approved'")]
    public void A_malformed_ledger_is_named_with_its_line_and_calls_no_page_reviewed(string ledger, int line, string message)
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        content.Write(ReviewLedger.FileName, ledger);

        var snapshot = content.Load();

        var problem = Assert.Single(snapshot.Diagnostics, d => d.Path == ReviewLedger.FileName);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.True(problem.BlocksServing);
        Assert.False(snapshot.CanServe);
        Assert.All(snapshot.Items, item => Assert.Equal(ReviewState.Draft, item.Review.State));
    }

    [Fact]
    public void A_malformed_ledger_keeps_the_last_good_content_serving_with_its_reviews()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        Sign(content, SignOffFor(content, "en/a.md"));
        var store = new ContentStore(content.Root, new ContentLoader(new Markdown.MarkdownRenderer(), FixedTime.On(TestContent.Today)), NullLogger<ContentStore>.Instance);
        Assert.True(store.Reload());
        var good = store.Current;

        content.Write(ReviewLedger.FileName, "sign_offs:\n  - page: en/a.md\n    hash: [\n");

        Assert.False(store.Reload());
        Assert.Same(good, store.Current);
        Assert.Equal(ReviewState.Reviewed, store.Current.FindByUrl("/en/a")!.Review.State);
    }

    [Fact]
    public void A_sign_off_dated_after_today_is_refused()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md");
        Sign(content, SignOffFor(content, "en/a.md", date: new DateOnly(2027, 1, 1)));

        var problem = Assert.Single(content.Load().Diagnostics, d => d.Path == ReviewLedger.FileName);

        Assert.Contains("dated 2027-01-01, after today", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.BlocksServing);
    }

    [Fact]
    public void A_hand_written_review_status_is_ignored_with_a_warning_that_says_what_decides()
    {
        using var content = new TestContent();
        content.Write("en/a.md", TestContent.Page("a", "en", extra: "review_status: clinically-reviewed"));
        content.Write("fr/a.md", TestContent.Page("a", "fr"));

        var snapshot = content.Load();

        Assert.Equal(ReviewState.Draft, snapshot.FindByUrl("/en/a")!.Review.State);
        var warning = Assert.Single(snapshot.Diagnostics, d => d.Severity == Severity.Warning && d.Path == "en/a.md" && d.Message.Contains("'review_status'", StringComparison.Ordinal));
        Assert.Contains("'review_status' is no longer written by hand", warning.Message, StringComparison.Ordinal);
        Assert.Contains("reviews.yaml", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_what_changed_line_dated_in_the_future_or_on_two_lines_is_an_error()
    {
        using var content = new TestContent();
        content.Write("en/a.md", TestContent.Page("a", "en", extra: "changes:\n  - date: 2027-02-01\n    note: Added a section."));
        content.Write("fr/a.md", TestContent.Page("a", "fr", extra: "changes:\n  - date: 2026-11-02\n    note: |\n      Deux\n      lignes."));

        var errors = TestContent.Errors(content.Load());

        Assert.Contains(errors, d => d.Path == "en/a.md" && d.Message == "change date 2027-02-01 is in the future");
        Assert.Contains(errors, d => d.Path == "fr/a.md" && d.Message.StartsWith("change 'note' must be one line", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_shipped_page_stays_a_draft_and_the_shipped_ledger_reads_with_no_sign_off()
    {
        var ledgerText = File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "content", ReviewLedger.FileName));
        var (ledger, problems) = ReviewLedger.Parse(ReviewLedger.FileName, ledgerText);
        Assert.Empty(problems);
        Assert.Empty(ledger!.SignOffs);

        var snapshot = new ContentLoader(new Markdown.MarkdownRenderer(), FixedTime.On(TestContent.Today)) { EditorialChecks = false }
            .Load(Path.Combine(TestContent.RepositoryRoot, "content"));

        Assert.All(snapshot.Items, item => Assert.True(item.IsDraft && item.Review.State == ReviewState.Draft, $"{item.SourcePath} must stay a draft: no clinician has reviewed it"));
        Assert.All(snapshot.Pages, page => Assert.True(page.Changes.Count > 0, $"{page.SourcePath} has no 'changes' list: start it with the day it was first published"));
    }

    [Fact]
    public void Appending_to_an_empty_ledger_opens_the_list_and_keeps_its_comments()
    {
        var text = ReviewLedger.Append("# Who approved what.\nsign_offs: []\n", new SignOff("en/a.md", "Jane \"JR\" Roe: RN", "RN", "CNO", new DateOnly(2026, 12, 1), SourceHash.Of("x"), 0));

        Assert.StartsWith("# Who approved what.\nsign_offs:\n  - page: en/a.md\n", text, StringComparison.Ordinal);
        var (ledger, problems) = ReviewLedger.Parse(ReviewLedger.FileName, text);
        Assert.Empty(problems);
        Assert.Equal("Jane \"JR\" Roe: RN", Assert.Single(ledger!.SignOffs).Reviewer);
    }
}
