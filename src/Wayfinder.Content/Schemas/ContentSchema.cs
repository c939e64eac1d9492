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
}

/// <summary>One front matter field: its name, whether it must be there, and what it holds.</summary>
public sealed record FieldRule(string Name, FieldKind Kind, bool Required, IReadOnlyList<string>? Choices = null);

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
                foreach (var d in ValidateSources(path, node))
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
                foreach (var d in ValidateResources(path, node))
                {
                    yield return d;
                }

                break;
            case FieldKind.SideEffects:
                foreach (var d in ValidateSideEffects(path, node))
                {
                    yield return d;
                }

                break;
        }
    }

    private static IEnumerable<Diagnostic> ValidateSources(string path, YamlNode node)
    {
        if (node is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            yield return Error(path, node, "'sources' must list at least one reference (title, publisher, year, url)");
            yield break;
        }

        foreach (var entry in list)
        {
            if (entry is not YamlMappingNode source)
            {
                yield return Error(path, entry, "each source must have title, publisher, year and url");
                continue;
            }

            foreach (var field in new[] { "title", "publisher", "year", "url" })
            {
                if (Find(source, field) is not YamlScalarNode { Value: { Length: > 0 } })
                {
                    yield return Error(path, source, $"source is missing '{field}'");
                }
            }

            if (Find(source, "year") is YamlScalarNode { Value: { Length: > 0 } year }
                && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1900 || y > 2100))
            {
                yield return Error(path, Find(source, "year")!, "source 'year' must be a four-digit year");
            }

            if (Find(source, "url") is YamlScalarNode { Value: { Length: > 0 } url } && !IsHttpsUrl(url))
            {
                yield return Error(path, Find(source, "url")!, "source 'url' must be a full https:// address");
            }
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

    private static IEnumerable<Diagnostic> ValidateResources(string path, YamlNode node)
    {
        if (node is not YamlSequenceNode list)
        {
            yield return Error(path, node, "'resources' must be a list of { type, title, publisher, url }");
            yield break;
        }

        foreach (var entry in list)
        {
            if (entry is not YamlMappingNode resource)
            {
                yield return Error(path, entry, "each resource needs type, title, publisher and url");
                continue;
            }

            foreach (var field in new[] { "type", "title", "publisher", "url" })
            {
                if (Find(resource, field) is not YamlScalarNode { Value: { Length: > 0 } })
                {
                    yield return Error(path, resource, $"resource is missing '{field}'");
                }
            }

            if (Find(resource, "type") is YamlScalarNode { Value: { Length: > 0 } type } t && !ResourceTypes.Contains(type))
            {
                yield return Error(path, t, $"resource 'type' must be one of: {string.Join(", ", ResourceTypes)}");
            }

            if (Find(resource, "url") is YamlScalarNode { Value: { Length: > 0 } url } u && !IsHttpsUrl(url))
            {
                yield return Error(path, u, "resource 'url' must be a full https:// address");
            }
        }
    }

    private static IEnumerable<Diagnostic> ValidateSideEffects(string path, YamlNode node)
    {
        if (node is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            yield return Error(path, node, "'side_effects' must list at least one side effect");
            yield break;
        }

        foreach (var entry in list)
        {
            if (entry is not YamlMappingNode row)
            {
                yield return Error(path, entry, "each side effect needs effect, frequency, what_to_do, urgency and get_help");
                continue;
            }

            foreach (var field in new[] { "effect", "frequency", "what_to_do", "urgency", "get_help" })
            {
                if (Find(row, field) is not YamlScalarNode { Value: { Length: > 0 } })
                {
                    yield return Error(path, row, $"side effect is missing '{field}'");
                }
            }

            if (Find(row, "frequency") is YamlScalarNode { Value: { Length: > 0 } frequency } f && !Frequencies.Contains(frequency))
            {
                yield return Error(path, f, $"side effect 'frequency' must be one of: {string.Join(", ", Frequencies)}");
            }

            if (Find(row, "urgency") is YamlScalarNode { Value: { Length: > 0 } urgency } u && !Urgencies.Contains(urgency))
            {
                yield return Error(path, u, $"side effect 'urgency' must be one of: {string.Join(", ", Urgencies)}");
            }
        }
    }

    public static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal);

    private static string Suggest(string name, IEnumerable<string> known)
    {
        var best = known.Select(k => (k, d: Distance(name, k))).OrderBy(t => t.d).FirstOrDefault();
        return best.k is not null && best.d <= 2 ? $" (did you mean '{best.k}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
