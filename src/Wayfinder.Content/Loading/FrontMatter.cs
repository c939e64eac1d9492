using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Wayfinder.Content.Checking;

namespace Wayfinder.Content.Loading;

/// <summary>A Markdown file split into its YAML front matter (kept as a node tree, so every
/// value still knows its line) and its body.</summary>
public sealed record FrontMatterDocument(YamlMappingNode FrontMatter, string Body, int BodyFirstLine)
{
    private const string Fence = "---";

    public static (FrontMatterDocument? Document, Diagnostic? Error) Parse(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != Fence)
        {
            return (null, new Diagnostic(path, 1, Severity.Error,
                "the file must start with YAML front matter between two '---' lines"));
        }

        var closing = Array.FindIndex(lines, 1, l => l.TrimEnd() == Fence);
        if (closing < 0)
        {
            return (null, new Diagnostic(path, 1, Severity.Error,
                "the front matter is not closed: add a '---' line after it"));
        }

        var yaml = string.Join('\n', lines[1..closing]);
        var body = string.Join('\n', lines[(closing + 1)..]);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return (null, new Diagnostic(path, 2, Severity.Error,
                    "the front matter must be a set of 'field: value' lines"));
            }

            return (new FrontMatterDocument(map, body, closing + 2), null);
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + 1; // same offset as LineOf
            return (null, new Diagnostic(path, line, Severity.Error,
                $"the front matter is not valid YAML: {FirstSentence(ex.Message)}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections, without a position.
            return (null, new Diagnostic(path, 2, Severity.Error,
                "the front matter is not valid YAML: check for an unclosed '[', '{' or quote"));
        }
    }

    /// <summary>Line of a node in the file: YAML counts from 1 inside the front matter, which
    /// starts on the file's second line, after the opening fence.</summary>
    public static int LineOf(YamlNode node) => (int)node.Start.Line + 1;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(')', StringComparison.Ordinal);
        var text = cut > 0 && cut < message.Length - 1 ? message[(cut + 1)..] : message;
        return text.Trim().TrimStart(':').Trim();
    }
}
