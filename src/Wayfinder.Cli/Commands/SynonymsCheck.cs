using System.Text.RegularExpressions;
using Wayfinder.Content.Checking;
using Wayfinder.Search.Sources;

namespace Wayfinder.Cli.Commands;

/// <summary>The search synonym map is content too: <c>check</c> reads it the way the site does.</summary>
public static partial class SynonymsCheck
{
    public static IEnumerable<Diagnostic> Check(string contentRoot)
    {
        try
        {
            SearchSources.LoadSynonyms(contentRoot);
            return [];
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            return [new Diagnostic(SearchSources.SynonymsFile, (int)ex.Start.Line, Severity.Error, $"not valid YAML: {ex.Message}")];
        }
        catch (FormatException ex)
        {
            var line = LinePattern().Match(ex.Message) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            return [new Diagnostic(SearchSources.SynonymsFile, line, Severity.Error, ex.Message)];
        }
    }

    [GeneratedRegex(@"\(line (\d+)\)")]
    private static partial Regex LinePattern();
}
