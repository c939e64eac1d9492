using System.Globalization;
using System.Text;
using Wayfinder.Content.Checking;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Wayfinder.Content.Reviews;

/// <summary>
/// The clinical review ledger, <c>content/reviews.yaml</c>: every sign-off, oldest first, written
/// by <c>review sign</c>. A page is clinically reviewed exactly when its source's hash equals the
/// hash its latest sign-off approved; nobody sets that state by hand. The ledger is content, so
/// every node, the static export and <c>check</c> derive the same state from the same files.
/// </summary>
public sealed class ReviewLedger
{
    public const string FileName = "reviews.yaml";

    private static readonly string[] Keys = ["page", "reviewer", "role", "licence", "date", "hash", "changes_listed"];

    /// <summary>Longest name, role or licensing body: a line on a page, not a paragraph.</summary>
    public const int MaxField = 100;

    public static readonly ReviewLedger Empty = new([]);

    private readonly Dictionary<string, SignOff> latest = new(StringComparer.Ordinal);

    public ReviewLedger(IReadOnlyList<SignOff> signOffs)
    {
        SignOffs = signOffs;
        // Each page's latest sign-off, found once: the newest date, and the later entry on the same date.
        foreach (var signOff in signOffs)
        {
            if (!latest.TryGetValue(signOff.Page, out var kept) || signOff.Date >= kept.Date)
            {
                latest[signOff.Page] = signOff;
            }
        }
    }

    /// <summary>In file order, which is the order they were signed.</summary>
    public IReadOnlyList<SignOff> SignOffs { get; }

    public SignOff? LatestFor(string page) => latest.GetValueOrDefault(page);

    /// <summary>Reads <c>reviews.yaml</c> from a content folder; no file means no sign-offs. A ledger
    /// with any problem counts as empty (no page is called reviewed on a ledger that cannot be read),
    /// and its problems block serving, so a live site keeps its last good content.</summary>
    public static ReviewLedger Load(string contentRoot, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(contentRoot, FileName);
        if (!File.Exists(path) || ContentFiles.Read(contentRoot, path, diagnostics) is not { } text)
        {
            return Empty;
        }

        var (ledger, problems) = Parse(FileName, text);
        diagnostics.AddRange(problems);
        return ledger ?? Empty;
    }

    public static (ReviewLedger? Ledger, IReadOnlyList<Diagnostic> Problems) Parse(string path, string text)
    {
        var problems = new List<Diagnostic>();
        Diagnostic Problem(int line, string message) => new(path, Math.Max(1, line), Severity.Error, message, Rules.Ledger);

        YamlStream stream;
        try
        {
            stream = new YamlStream();
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            return (null, [Problem((int)ex.Start.Line, $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}")]);
        }
        catch (InvalidOperationException)
        {
            return (null, [Problem(1, "not valid YAML: check for an unclosed '[', '{' or quote")]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (Empty, problems);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, [Problem(Line(stream.Documents[0].RootNode), "the ledger must start with 'sign_offs:', a list of sign-offs")]);
        }

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value != "sign_offs"))
        {
            problems.Add(Problem(Line(key), $"unknown field '{key.Value}': the ledger has one list, 'sign_offs'"));
        }

        var signOffs = new List<SignOff>();
        var list = root.Children.TryGetValue(new YamlScalarNode("sign_offs"), out var node) ? node : null;
        if (list is YamlSequenceNode entries)
        {
            foreach (var entry in entries)
            {
                if (ReadEntry(entry, problems, Problem) is { } signOff)
                {
                    signOffs.Add(signOff);
                }
            }
        }
        else if (list is not null and not YamlScalarNode { Value: null or "" })
        {
            problems.Add(Problem(Line(list), "'sign_offs' must be a list; each entry starts with '- page:'"));
        }

        return problems.Count > 0 ? (null, problems) : (new ReviewLedger(signOffs), problems);
    }

    private static SignOff? ReadEntry(YamlNode entry, List<Diagnostic> problems, Func<int, string, Diagnostic> problem)
    {
        if (entry is not YamlMappingNode map)
        {
            problems.Add(problem(Line(entry), $"each sign-off needs {string.Join(", ", Keys)}"));
            return null;
        }

        var before = problems.Count;
        foreach (var key in map.Children.Keys.Where(k => k is not YamlScalarNode { Value: { } name } || !Keys.Contains(name)))
        {
            problems.Add(problem(Line(key), $"unknown field '{(key as YamlScalarNode)?.Value}' in a sign-off; its fields are {string.Join(", ", Keys)}"));
        }

        var missing = Keys.Where(key => !map.Children.TryGetValue(new YamlScalarNode(key), out var value) || value is not YamlScalarNode { Value: { Length: > 0 } }).ToList();
        if (missing.Count > 0)
        {
            problems.Add(problem(Line(map), $"this sign-off is missing {string.Join(", ", missing)}"));
        }

        string? Text(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;

        int LineOf(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? Line(value) : Line(map);

        var page = Text("page");
        var reviewer = Text("reviewer");
        var role = Text("role");
        var licence = Text("licence");
        var dateText = Text("date");
        var hash = Text("hash");
        var listedText = Text("changes_listed");

        if (page is not null && !IsPagePath(page))
        {
            problems.Add(problem(LineOf("page"), $"'page' must be a content file's path such as en/drugs/octreotide.md, not '{page}'"));
        }

        foreach (var (key, value) in new[] { ("reviewer", reviewer), ("role", role), ("licence", licence) })
        {
            if (value is not null && (value.Length > MaxField || value.Any(char.IsControl)))
            {
                problems.Add(problem(LineOf(key), $"'{key}' must be one line of at most {MaxField} characters"));
            }
        }

        var date = default(DateOnly);
        if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problems.Add(problem(LineOf("date"), $"'date' must be a date written YYYY-MM-DD, not '{dateText}'"));
        }

        if (hash is not null && !SourceHash.IsWellFormed(hash))
        {
            problems.Add(problem(LineOf("hash"), "'hash' must be 'sha256:' and 64 lower-case hex digits, as review sign writes it"));
        }

        var listed = 0;
        if (listedText is not null && !int.TryParse(listedText, NumberStyles.None, CultureInfo.InvariantCulture, out listed))
        {
            problems.Add(problem(LineOf("changes_listed"), "'changes_listed' must be a whole number (the page's 'changes' entries when it was signed)"));
        }

        return problems.Count > before
            ? null
            : new SignOff(page!, reviewer!, role!, licence!, date, hash!, listed, Line(map));
    }

    /// <summary>Gives each item the review state its latest sign-off and its current source make,
    /// and reports what the editor must fix: an edit after sign-off with no new "What changed" line,
    /// a sign-off for a page that no longer exists, a sign-off dated in the future.</summary>
    public static IReadOnlyList<ContentItem> Apply(IReadOnlyList<ContentItem> items, ReviewLedger ledger, DateOnly today, List<Diagnostic> diagnostics)
    {
        if (ledger.SignOffs.Count == 0)
        {
            return items;
        }

        var pages = items.Select(i => i.SourcePath).ToHashSet(StringComparer.Ordinal);
        foreach (var signOff in ledger.SignOffs)
        {
            if (signOff.Date > today)
            {
                diagnostics.Add(new Diagnostic(FileName, signOff.Line, Severity.Error,
                    $"the sign-off of {signOff.Page} is dated {signOff.Date:yyyy-MM-dd}, after today", Rules.Ledger));
            }

            if (!pages.Contains(signOff.Page))
            {
                diagnostics.Add(new Diagnostic(FileName, signOff.Line, Severity.Error,
                    $"sign-off for {signOff.Page} ({signOff.Credit}, {signOff.Date:yyyy-MM-dd}): no such page; it was removed or renamed. Sign the page where it is now, or remove this entry", Rules.Review));
            }
        }

        return items.Select(item =>
        {
            if (ledger.LatestFor(item.SourcePath) is not { } latest)
            {
                return item;
            }

            if (latest.Hash == item.SourceHash)
            {
                return item with { Review = new ClinicalReview(ReviewState.Reviewed, latest) };
            }

            if (item.Changes.Count <= latest.ChangesListed)
            {
                diagnostics.Add(new Diagnostic(item.SourcePath, item.Changes.Count > 0 ? item.Changes[^1].Line : 2, Severity.Error,
                    $"changed since its clinical review on {latest.Date:yyyy-MM-dd} ({latest.Credit}): add a line to 'changes:' that says what changed", Rules.Review));
            }

            return item with { Review = new ClinicalReview(ReviewState.ChangedSinceReview, latest) };
        }).ToList();
    }

    /// <summary>The text <c>review sign</c> appends for one sign-off (values quoted, so a name with a
    /// colon or a quote stays one value).</summary>
    public static string Entry(SignOff signOff)
    {
        var text = new StringBuilder();
        text.Append("  - page: ").Append(signOff.Page).Append('\n');
        text.Append("    reviewer: ").Append(Quote(signOff.Reviewer)).Append('\n');
        text.Append("    role: ").Append(Quote(signOff.Role)).Append('\n');
        text.Append("    licence: ").Append(Quote(signOff.Licence)).Append('\n');
        text.Append("    date: ").Append(signOff.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("    hash: ").Append(signOff.Hash).Append('\n');
        text.Append("    changes_listed: ").Append(signOff.ChangesListed.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return text.ToString();
    }

    /// <summary>The ledger's text with one more sign-off at its end; an empty list (<c>sign_offs: []</c>) is opened up.</summary>
    public static string Append(string? ledgerText, SignOff signOff)
    {
        var text = (ledgerText ?? "sign_offs:\n").Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n').ToList();
        var empty = lines.FindIndex(l => l.TrimEnd() is "sign_offs: []" or "sign_offs:[]");
        if (empty >= 0)
        {
            lines[empty] = "sign_offs:";
            text = string.Join('\n', lines);
        }
        else if (!lines.Any(l => l.TrimEnd() == "sign_offs:"))
        {
            text = text.TrimEnd('\n') + (text.Length > 0 ? "\n" : "") + "sign_offs:\n";
        }

        return text.TrimEnd('\n') + "\n" + Entry(signOff);
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static bool IsPagePath(string page) =>
        (page.StartsWith("en/", StringComparison.Ordinal) || page.StartsWith("fr/", StringComparison.Ordinal))
        && page.EndsWith(".md", StringComparison.Ordinal) && !page.Contains("..", StringComparison.Ordinal) && !page.Contains('\\', StringComparison.Ordinal);

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
