using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using Wayfinder.Content.Checking;
using Wayfinder.Content.Loading;

namespace Wayfinder.Content.Schemas;

public enum FieldKind
{
    Text,
    Slug,
    Date,
    Choice,
    HttpsUrl,
    TextList,
    SlugList,
    Sources,
    AudienceGroups,
    Boolean,
    SideEffects,
    Resources,

    /// <summary>The "What changed" list: { date, note } records.</summary>
    Changes,

    /// <summary>A field no longer written by hand: a warning that says what replaced it, and ignored.</summary>
    Retired,
}

/// <summary>One front matter field: its name, whether it must be there, and what it holds.</summary>
/// <param name="Retired">For a retired field: what decides instead, said in the warning.</param>
public sealed record FieldRule(string Name, FieldKind Kind, bool Required, IReadOnlyList<string>? Choices = null, string? Retired = null);

/// <summary>
/// The schema of one content type. Schemas are declared in C# (see <see cref="ContentSchemas"/>)
/// and documented with example documents in <c>schemas/&lt;type&gt;/</c>, which the tests load.
/// </summary>
public sealed partial class ContentSchema(string typeName, bool hasPage, IReadOnlyList<FieldRule> fields)
{
    public string TypeName { get; } = typeName;

    /// <summary>False for data-only types (organisations) that are shown inside other pages.</summary>
    public bool HasPage { get; } = hasPage;

    public IReadOnlyList<FieldRule> Fields { get; } = fields;

    public IEnumerable<Diagnostic> Validate(string path, YamlMappingNode map)
    {
        var known = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var (key, _) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.ContainsKey(name))
            {
                yield return Error(path, key, $"unknown field '{name}' for type '{TypeName}'" + Suggest(name, known.Keys));
            }
        }

        foreach (var rule in Fields)
        {
            var node = Find(map, rule.Name);
            if (node is null || node is YamlScalarNode { Value: null or "" })
            {
                if (rule.Required)
                {
                    yield return Error(path, node ?? (YamlNode)map, $"'{rule.Name}' is required");
                }

                continue;
            }

            foreach (var d in ValidateValue(path, rule, node))
            {
                yield return d;
            }
        }
    }

    public static YamlNode? Find(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    internal static Diagnostic Error(string path, YamlNode node, string message) =>
        new(path, FrontMatterDocument.LineOf(node), Severity.Error, message);

    private static IEnumerable<Diagnostic> ValidateValue(string path, FieldRule rule, YamlNode node)
    {
        switch (rule.Kind)
        {
            case FieldKind.Text:
                if (node is not YamlScalarNode)
                {
                    yield return Error(path, node, $"'{rule.Name}' must be text");
                }

                break;
            case FieldKind.Slug:
                if (node is not YamlScalarNode { Value: { } slug } || !SlugPattern().IsMatch(slug))
                {
                    yield return Error(path, node, $"'{rule.Name}' must use lower-case letters, digits and hyphens only");
                }

                break;
            case FieldKind.Date:
                if (node is not YamlScalarNode { Value: { } date } || !TryDate(date, out _))
                {
                    yield return Error(path, node, $"'{rule.Name}' must be a date written YYYY-MM-DD");
                }

                break;
            case FieldKind.Choice:
                if (node is not YamlScalarNode { Value: { } choice } || !rule.Choices!.Contains(choice))
                {
                    yield return Error(path, node, $"'{rule.Name}' must be one of: {string.Join(", ", rule.Choices!)}");
                }

                break;
            case FieldKind.HttpsUrl:
                if (node is not YamlScalarNode { Value: { } url } || !IsHttpsUrl(url))
                {
                    yield return Error(path, node, $"'{rule.Name}' must be a full https:// address");
                }

                break;
            case FieldKind.TextList:
            case FieldKind.SlugList:
                if (node is not YamlSequenceNode list)
                {
                    yield return Error(path, node, $"'{rule.Name}' must be a list");
                    break;
                }

                foreach (var entry in list)
                {
                    if (entry is not YamlScalarNode { Value: { Length: > 0 } value }
                        || (rule.Kind == FieldKind.SlugList && !SlugPattern().IsMatch(value)))
                    {
                        yield return Error(path, entry, $"each entry of '{rule.Name}' must be "
                            + (rule.Kind == FieldKind.SlugList ? "an id (lower-case letters, digits, hyphens)" : "text"));
                    }
                }

                break;
            case FieldKind.Sources:
                foreach (var d in ValidateRecords(path, node, SourceShape))
                {
                    yield return d;
                }

                break;
            case FieldKind.AudienceGroups:
                foreach (var d in ValidateAudienceGroups(path, node))
                {
                    yield return d;
                }

                break;
            case FieldKind.Boolean:
                if (node is not YamlScalarNode { Value: "true" or "false" })
                {
                    yield return Error(path, node, $"'{rule.Name}' must be true or false");
                }

                break;
            case FieldKind.Resources:
                foreach (var d in ValidateRecords(path, node, ResourceShape))
                {
                    yield return d;
                }

                break;
            case FieldKind.SideEffects:
                foreach (var d in ValidateRecords(path, node, SideEffectShape))
                {
                    yield return d;
                }

                break;
            case FieldKind.Changes:
                foreach (var d in ValidateRecords(path, node, ChangeShape))
                {
                    yield return d;
                }

                break;
            case FieldKind.Retired:
                yield return new Diagnostic(path, FrontMatterDocument.LineOf(node), Severity.Warning,
                    $"'{rule.Name}' is no longer written by hand and is ignored: {rule.Retired}; remove this line", Rules.Review);
                break;
        }
    }

    private static IEnumerable<Diagnostic> ValidateAudienceGroups(string path, YamlNode node)
    {
        if (node is not YamlSequenceNode list)
        {
            yield return Error(path, node, "'audience_groups' must be a list of { title, links }");
            yield break;
        }

        foreach (var entry in list)
        {
            if (entry is not YamlMappingNode group
                || Find(group, "title") is not YamlScalarNode { Value: { Length: > 0 } }
                || Find(group, "links") is not YamlSequenceNode links)
            {
                yield return Error(path, entry, "each audience group needs a 'title' and a list of 'links'");
                continue;
            }

            foreach (var link in links)
            {
                if (link is not YamlMappingNode l
                    || Find(l, "text") is not YamlScalarNode { Value: { Length: > 0 } }
                    || Find(l, "href") is not YamlScalarNode { Value: { Length: > 0 } })
                {
                    yield return Error(path, link, "each link needs 'text' and 'href'");
                }
            }
        }
    }

    public static readonly IReadOnlyList<string> Frequencies = ["very common", "common", "less common", "rare"];
    public static IReadOnlyList<string> Urgencies => Triage.Urgency.Names;

    public static readonly IReadOnlyList<string> ResourceTypes = ["course", "book", "video", "worksheet"];

    /// <summary>A field that is a list of small records (sources, resources, side effects): the
    /// messages for a wrong shape, the keys each record needs, and checks on some values.</summary>
    private sealed record RecordShape(string Noun, string NotAList, string NotARecord, bool AtLeastOne,
        IReadOnlyList<string> Keys, IReadOnlyList<(string Key, Func<string, bool> Valid, string Message)> Checks);

    private static readonly RecordShape SourceShape = new("source",
        "'sources' must list at least one reference (title, publisher, year, url)", "each source must have title, publisher, year and url",
        AtLeastOne: true, ["title", "publisher", "year", "url"],
        [
            ("year", y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1900 and <= 2100, "source 'year' must be a four-digit year"),
            ("url", IsHttpsUrl, "source 'url' must be a full https:// address"),
        ]);

    private static readonly RecordShape ResourceShape = new("resource",
        "'resources' must be a list of { type, title, publisher, url }", "each resource needs type, title, publisher and url",
        AtLeastOne: false, ["type", "title", "publisher", "url"],
        [
            ("type", ResourceTypes.Contains, $"resource 'type' must be one of: {string.Join(", ", ResourceTypes)}"),
            ("url", IsHttpsUrl, "resource 'url' must be a full https:// address"),
        ]);

    private static readonly RecordShape SideEffectShape = new("side effect",
        "'side_effects' must list at least one side effect", "each side effect needs effect, frequency, what_to_do, urgency and get_help",
        AtLeastOne: true, ["effect", "frequency", "what_to_do", "urgency", "get_help"],
        [
            ("frequency", Frequencies.Contains, $"side effect 'frequency' must be one of: {string.Join(", ", Frequencies)}"),
            ("urgency", Urgencies.Contains, $"side effect 'urgency' must be one of: {string.Join(", ", Urgencies)}"),
        ]);

    /// <summary>The longest "What changed" line: one sentence a reader takes in at a glance.</summary>
    public const int MaxChangeNote = 200;

    private static readonly RecordShape ChangeShape = new("change",
        "'changes' must be a list of { date, note }", "each change needs a 'date' (YYYY-MM-DD) and a one-line 'note'",
        AtLeastOne: false, ["date", "note"],
        [
            ("date", d => TryDate(d, out _), "change 'date' must be a date written YYYY-MM-DD"),
            ("note", n => n.Length <= MaxChangeNote && !n.Contains('\n', StringComparison.Ordinal), $"change 'note' must be one line of at most {MaxChangeNote} characters"),
        ]);

    /// <summary>The one validator for lists of records: every problem on the line it is on.</summary>
    private static IEnumerable<Diagnostic> ValidateRecords(string path, YamlNode node, RecordShape shape)
    {
        if (node is not YamlSequenceNode list || (shape.AtLeastOne && list.Children.Count == 0))
        {
            yield return Error(path, node, shape.NotAList);
            yield break;
        }

        foreach (var entry in list)
        {
            if (entry is not YamlMappingNode record)
            {
                yield return Error(path, entry, shape.NotARecord);
                continue;
            }

            foreach (var key in shape.Keys.Where(key => Find(record, key) is not YamlScalarNode { Value: { Length: > 0 } }))
            {
                yield return Error(path, record, $"{shape.Noun} is missing '{key}'");
            }

            foreach (var (key, valid, message) in shape.Checks)
            {
                if (Find(record, key) is YamlScalarNode { Value: { Length: > 0 } value } scalar && !valid(value))
                {
                    yield return Error(path, scalar, message);
                }
            }
        }
    }

    public static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal);

    private static string Suggest(string name, IEnumerable<string> known)
    {
        var best = known.Select(k => (k, d: Checking.StringDistance.Between(name, k))).OrderBy(t => t.d).FirstOrDefault();
        return best.k is not null && best.d <= 2 ? $" (did you mean '{best.k}'?)" : "";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
