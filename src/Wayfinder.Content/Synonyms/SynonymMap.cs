using YamlDotNet.RepresentationModel;

namespace Wayfinder.Content.Synonyms;

/// <summary>
/// The words search treats as the same, kept as data in <c>content/search/synonyms.yaml</c> so
/// an editor can review and extend them. Two kinds:
/// <list type="bullet">
/// <item><b>variants</b>: spellings of one word (tumour, tumor). Every form is replaced by the
/// first, in both languages, so they are literally the same word to the index.</item>
/// <item><b>synonyms</b>: groups of words and phrases that mean the same thing to a patient
/// ("shortness of breath", breathless, dyspnea). Each language has its own groups. A page
/// containing any member matches a search for any other; the exact wording still ranks higher.</item>
/// </list>
/// </summary>
public sealed class SynonymMap
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> groupsByLang;

    private SynonymMap(IReadOnlyList<IReadOnlyList<string>> variants, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> groupsByLang)
    {
        Variants = variants;
        this.groupsByLang = groupsByLang;
    }

    public static SynonymMap Empty { get; } = new([], new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>());

    /// <summary>Groups of spellings of one word; the first is the one kept.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Variants { get; }

    /// <summary>Groups of words and phrases that mean the same thing in a language.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups(string lang) => groupsByLang.GetValueOrDefault(lang) ?? [];

    /// <summary>Where editors keep the map, beside the content.</summary>
    public const string FileName = "search/synonyms.yaml";

    public static SynonymMap Load(string yamlPath) => Parse(File.ReadAllText(yamlPath));

    /// <summary>The map, or the problem with its line, the way the loader reports every content file.</summary>
    public static (SynonymMap? Map, Checking.Diagnostic? Problem) Parse(string path, string yaml)
    {
        try
        {
            return (Parse(yaml), null);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            return (null, new Checking.Diagnostic(path, Math.Max(1, (int)ex.Start.Line), Checking.Severity.Error, $"not valid YAML: {ex.Message}"));
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException)
        {
            var match = System.Text.RegularExpressions.Regex.Match(ex.Message, @"\(line (\d+)\)");
            var line = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            return (null, new Checking.Diagnostic(path, line, Checking.Severity.Error, ex is FormatException ? ex.Message : "synonyms file: every entry must be a word or phrase"));
        }
    }

    /// <summary>
    /// This map with more groups in a language: each cancer type's names (its title and
    /// <c>also_known_as</c>) mean the same thing, so a hub is found by any of them without an
    /// editor repeating them here.
    /// </summary>
    public SynonymMap WithGroups(string lang, IEnumerable<IReadOnlyList<string>> groups)
    {
        var added = groups.Where(g => g.Count >= 2).ToList();
        if (added.Count == 0)
        {
            return this;
        }

        var byLang = groupsByLang.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        byLang[lang] = [.. Groups(lang), .. added];
        return new SynonymMap(Variants, byLang);
    }

    /// <summary>Reads <c>variants:</c> (a list of lists) and <c>synonyms:</c> (per language, a
    /// list of lists). Anything else in the file is an error, so a typo is caught by a test
    /// rather than silently ignored.</summary>
    public static SynonymMap Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Empty;
        }

        IReadOnlyList<IReadOnlyList<string>> variants = [];
        var groups = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            switch (((YamlScalarNode)key).Value)
            {
                case "variants":
                    variants = Lists(value, "variants");
                    break;
                case "synonyms" when value is YamlMappingNode byLang:
                    foreach (var (lang, lists) in byLang.Children)
                    {
                        groups[((YamlScalarNode)lang).Value!] = Lists(lists, "synonyms." + lang);
                    }

                    break;
                default:
                    throw new FormatException($"synonyms file: unexpected key '{key}' (expected 'variants' or 'synonyms')");
            }
        }

        return new SynonymMap(variants, groups);
    }

    private static IReadOnlyList<IReadOnlyList<string>> Lists(YamlNode node, string where)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw new FormatException($"synonyms file: '{where}' must be a list of lists");
        }

        return sequence.Children.Select(group => group is YamlSequenceNode words && words.Children.Count >= 2
                ? (IReadOnlyList<string>)words.Children.Select(w => ((YamlScalarNode)w).Value!.Trim()).Where(w => w.Length > 0).ToList()
                : throw new FormatException($"synonyms file: every group in '{where}' needs at least two entries (line {group.Start.Line})"))
            .ToList();
    }
}
