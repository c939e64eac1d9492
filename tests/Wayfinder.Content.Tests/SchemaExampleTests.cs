using System.Text.RegularExpressions;
using Wayfinder.Content.Checking;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Schemas;

namespace Wayfinder.Content.Tests;

/// <summary>The example documents in schemas/ are the schemas' fixtures.</summary>
public sealed partial class SchemaExampleTests
{
    private static string SchemasRoot => Path.Combine(TestContent.RepositoryRoot, "schemas");

    public static TheoryData<string> ValidExamples() => Examples("valid-*.md");

    public static TheoryData<string> BrokenExamples() => Examples("broken-*.md");

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void A_valid_example_loads_without_errors(string example)
    {
        var diagnostics = new List<Diagnostic>();
        var text = File.ReadAllText(Path.Combine(SchemasRoot, example));
        var lang = Regex.Match(text, @"^lang: (\w+)", RegexOptions.Multiline).Groups[1].Value;

        var item = new ContentLoader().LoadFile(example, text, lang, diagnostics);

        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.NotNull(item);
    }

    [Theory]
    [MemberData(nameof(BrokenExamples))]
    public void A_broken_example_fails_with_exactly_the_errors_it_expects(string example)
    {
        var text = File.ReadAllText(Path.Combine(SchemasRoot, example));
        var expected = ExpectPattern().Matches(text).Select(m => $"{example}:{m.Groups[1].Value}: error: {m.Groups[2].Value.Trim()}").Order().ToList();
        Assert.NotEmpty(expected);
        var diagnostics = new List<Diagnostic>();

        var item = new ContentLoader().LoadFile(example, text, "en", diagnostics);

        Assert.Null(item);
        Assert.Equal(expected, diagnostics.Select(d => d.ToString()).Order().ToList());
    }

    [Fact]
    public void Every_type_with_its_own_fields_has_valid_and_broken_examples()
    {
        var typesWithOwnFields = ContentSchemas.ByTypeName.Values.Where(s => s.Fields.Count > ContentSchemas.ByTypeName["page"].Fields.Count).Select(s => s.TypeName);
        foreach (var type in typesWithOwnFields.Append("page"))
        {
            var folder = Path.Combine(SchemasRoot, type, "examples");
            Assert.True(Directory.Exists(folder), $"schemas/{type}/examples is missing");
            Assert.NotEmpty(Directory.GetFiles(folder, "valid-*.md"));
            Assert.NotEmpty(Directory.GetFiles(folder, "broken-*.md"));
            Assert.True(File.Exists(Path.Combine(SchemasRoot, type, "README.md")), $"schemas/{type}/README.md is missing");
        }
    }

    private static TheoryData<string> Examples(string pattern)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SchemasRoot, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SchemasRoot, file).Replace('\\', '/'));
        }

        return data;
    }

    [GeneratedRegex(@"^# expect-error: (\d+): (.+)$", RegexOptions.Multiline)]
    private static partial Regex ExpectPattern();
}
