using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Wayfinder.Content.Checking;

/// <summary>One spelling for English pages: <see cref="Use"/>, never any of <see cref="Avoid"/>.</summary>
/// <param name="Keep">Names that keep their own spelling (an American society named with "Tumor").</param>
public sealed record SpellingRule(string Use, IReadOnlyList<string> Avoid, int Line, IReadOnlyList<string>? Keep = null);

/// <summary>One French term for one English term, and the variants translators must not use.</summary>
public sealed record TermRule(string English, string French, IReadOnlyList<string> Avoid, int Line);

/// <summary>
/// The termbase (<c>content/terms.yaml</c>): one spelling of each word on English pages (Canadian
/// medical usage: tumour and centre, but anemia and diarrhea) and one French term for each English
/// one. <c>check</c> holds every page to it, so the next writer or translator stays consistent with
/// the last; like the plain-language rules it is for editors, and never stops a site serving. Sources keep their own titles, and glossary aliases keep the
/// variants readers type, so neither is checked.
/// </summary>
public sealed partial class Termbase
{
    public const string FileName = "terms.yaml";

    public static readonly Termbase Empty = new([], []);

    private readonly List<(Regex Pattern, Regex? Keep, string Message)> english;
    private readonly List<(Regex Pattern, Regex? Keep, string Message)> french;

    public Termbase(IReadOnlyList<SpellingRule> spelling, IReadOnlyList<TermRule> terms)
    {
        Spelling = spelling;
        Terms = terms;
        english = spelling.SelectMany(r => r.Avoid.Select(v => (WholeWords(v), Names(r.Keep), $"write '{r.Use}', not '{v}' (Canadian medical spelling, {FileName})"))).ToList();
        french = terms.SelectMany(t => t.Avoid.Select(v => (WholeWords(v), (Regex?)null, $"write '{t.French}' for '{t.English}', not '{v}' ({FileName})"))).ToList();
    }

    public IReadOnlyList<SpellingRule> Spelling { get; }

    public IReadOnlyList<TermRule> Terms { get; }

    /// <summary>Every use of a variant the termbase rules out, with its line in the file.</summary>
    public IEnumerable<Diagnostic> CheckFile(string relativePath, string lang, string text)
    {
        var rules = lang == Model.Languages.French ? french : english;

        // Lines that are not the page's own words are blanked, keeping every character's place,
        // and line breaks become spaces, so a phrase wrapped over two lines is still one phrase
        // and each finding still has its line.
        var lines = text.Split('\n');
        var skipping = false;
        var fences = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (fences < 2 && line.TrimEnd() == "---")
            {
                fences++;
                skipping = false;
                lines[i] = new string(' ', line.Length);
                continue;
            }

            // Front matter lists whose words are not the page's own: sources (titles as
            // published) and aliases (the spellings readers search with).
            var key = fences == 1 ? FrontMatterKey().Match(line) : Match.Empty;
            if (key.Success)
            {
                skipping = key.Groups[1].Value is "sources" or "aliases" or "also_known_as" or "url";
            }

            lines[i] = skipping || (fences == 1 && IgnoredLine().IsMatch(line))
                ? new string(' ', line.Length)
                : Addresses().Replace(fences == 1 ? FrontMatterKeyPrefix().Replace(line, m => new string(' ', m.Length)) : line, m => new string(' ', m.Length));
        }

        var prose = string.Join(' ', lines);
        if (lang == Model.Languages.French)
        {
            // French typography: a non-breaking space before : ; ? ! ("Alerte :"), never an
            // ordinary one that lets the mark wrap onto a line of its own. Times and ratios
            // ("10:30") and Markdown's own colons (":::") are not punctuation.
            foreach (Match mark in FrenchHighPunctuation().Matches(prose))
            {
                var line = 1 + text.AsSpan(0, mark.Index).Count('\n');
                yield return new Diagnostic(relativePath, line, Severity.Error,
                    $"put a non-breaking space before '{mark.Groups[1].Value}' (French typography)", Rules.Terms);
            }
        }

        foreach (var (pattern, keep, message) in rules)
        {
            var searched = keep is null ? prose : keep.Replace(prose, m => new string(' ', m.Length));
            foreach (Match found in pattern.Matches(searched))
            {
                var line = 1 + text.AsSpan(0, found.Index).Count('\n');
                yield return new Diagnostic(relativePath, line, Severity.Error, message, Rules.Terms);
            }
        }
    }

    /// <summary>The termbase, or the problems in it with their lines.</summary>
    public static (Termbase? Termbase, IReadOnlyList<Diagnostic> Problems) Parse(string path, string yaml)
    {
        var problems = new List<Diagnostic>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            return (null, [new Diagnostic(path, Math.Max(1, (int)ex.Start.Line), Severity.Error, $"not valid YAML: {ex.Message}", Rules.Terms)]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (Empty, problems);
        }

        var spelling = new List<SpellingRule>();
        var terms = new List<TermRule>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is not ("spelling" or "terms"))
            {
                problems.Add(Problem(path, keyNode, $"unknown key '{key}': use 'spelling' (English pages) or 'terms' (French pages)"));
                continue;
            }

            if (value is not YamlSequenceNode list)
            {
                problems.Add(Problem(path, value, $"'{key}' must be a list"));
                continue;
            }

            foreach (var entry in list)
            {
                var line = Line(entry);
                if (entry is not YamlMappingNode map)
                {
                    problems.Add(Problem(path, entry, $"each entry of '{key}' is a mapping"));
                    continue;
                }

                var avoid = map.Children.TryGetValue(new YamlScalarNode("avoid"), out var a) && a is YamlSequenceNode seq
                    ? seq.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0).ToList()
                    : [];
                if (key == "spelling")
                {
                    var use = Text(map, "use");
                    if (use is null || avoid.Count == 0)
                    {
                        problems.Add(Problem(path, entry, "a spelling entry needs 'use' (the spelling to keep) and 'avoid' (a list of the others)"));
                        continue;
                    }

                    var keep = map.Children.TryGetValue(new YamlScalarNode("keep"), out var k) && k is YamlSequenceNode kept
                        ? kept.OfType<YamlScalarNode>().Select(n => n.Value ?? "").Where(v => v.Length > 0).ToList()
                        : [];
                    spelling.Add(new SpellingRule(use, avoid, line, keep));
                }
                else
                {
                    var en = Text(map, "en");
                    var fr = Text(map, "fr");
                    if (en is null || fr is null)
                    {
                        problems.Add(Problem(path, entry, "a term needs 'en' (the English term) and 'fr' (the one French term for it); 'avoid' lists variants not to use"));
                        continue;
                    }

                    terms.Add(new TermRule(en, fr, avoid, line));
                }
            }
        }

        foreach (var duplicate in spelling.SelectMany(r => r.Avoid.Select(v => (v, r.Line))).GroupBy(p => p.v, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new Diagnostic(path, duplicate.Last().Line, Severity.Error, $"'{duplicate.Key}' is listed to avoid twice", Rules.Terms));
        }

        return (new Termbase(spelling, terms), problems);
    }

    private static string? Text(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static int Line(YamlNode node) => Math.Max(1, (int)node.Start.Line);

    private static Diagnostic Problem(string path, YamlNode node, string message) =>
        new(path, Line(node), Severity.Error, message, Rules.Terms);

    private static Regex? Names(IReadOnlyList<string>? names) =>
        names is { Count: > 0 } ? new Regex(string.Join('|', names.Select(n => WholeWords(n).ToString())), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) : null;

    /// <summary>A word or phrase as whole words, in any case: "port" finds "un port" but not "porter".</summary>
    private static Regex WholeWords(string phrase) =>
        new(@"(?<![\p{L}\p{N}])" + Regex.Escape(phrase).Replace(@"\ ", @"[\s\u00A0]+", StringComparison.Ordinal) + @"(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A top-level front matter key, or a key of a list item ("  - url: ...").</summary>
    [GeneratedRegex(@"^([a-z_]+):")]
    private static partial Regex FrontMatterKey();

    /// <summary>"title: " or "  - effect: ": YAML's own colon, not the text's.</summary>
    [GeneratedRegex(@"^\s*(-\s+)?[a-z_]+:\s?")]
    private static partial Regex FrontMatterKeyPrefix();

    /// <summary>A French high punctuation mark after anything but a non-breaking space or a digit.</summary>
    [GeneratedRegex(@"(?<=[^\u00A0\u202F\d:|\-\s]|[^\u00A0\u202F][ \t])([:;?!])(?![:/])")]
    private static partial Regex FrenchHighPunctuation();

    /// <summary>Source fields inside a front matter list: titles and publishers as published.</summary>
    [GeneratedRegex(@"^\s+(-\s+)?(title|publisher|url):")]
    private static partial Regex IgnoredLine();

    /// <summary>Link targets and bare addresses: a path such as "/en/...-tumors" is not prose.</summary>
    [GeneratedRegex(@"\]\([^)]*\)|https?://\S+|(?<=\s|^|"")/(en|fr)/\S+")]
    private static partial Regex Addresses();
}
