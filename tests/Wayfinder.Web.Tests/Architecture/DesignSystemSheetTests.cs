using System.Text.RegularExpressions;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Architecture;

/// <summary>
/// Pages link a trimmed design-system sheet that keeps only the <c>ontario-*</c> classes Wayfinder
/// uses (tools/design-system/trim.mjs). A class put to use later must be in it too, or the page
/// silently loses the design system's styling for it.
/// </summary>
public sealed partial class DesignSystemSheetTests
{
    private static readonly string Sheets = Path.Combine(Repository.Root, "src", "Wayfinder.Web", "wwwroot", "lib", "ontario-design-system", "styles", "css", "compiled");

    [GeneratedRegex(@"\.(ontario-[A-Za-z0-9_-]+)")]
    private static partial Regex StyledClass();

    [GeneratedRegex(@"ontario-[A-Za-z0-9_-]+")]
    private static partial Regex ClassName();

    private static HashSet<string> ClassesStyledBy(string sheet) =>
        StyledClass().Matches(File.ReadAllText(Path.Combine(Sheets, sheet))).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The files trim.mjs reads for class names: views, C# that writes HTML, the script, the content.</summary>
    private static IEnumerable<string> FilesThatNameClasses()
    {
        static bool Built(string f) => f.Contains("/bin/", StringComparison.Ordinal) || f.Contains("/obj/", StringComparison.Ordinal) || f.Contains("/wwwroot/lib/", StringComparison.Ordinal);
        var web = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "Wayfinder.Web"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal));
        var renderer = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "Wayfinder.Content"), "*.cs", SearchOption.AllDirectories);
        var content = Directory.EnumerateFiles(Repository.Content, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal));
        return web.Concat(renderer).Concat(content).Where(f => !Built(f.Replace('\\', '/')));
    }

    [Fact]
    public void Every_design_system_class_the_site_uses_is_styled_by_the_trimmed_sheet_as_by_the_full_one()
    {
        var full = ClassesStyledBy("ontario-theme.min.css");
        var trimmed = ClassesStyledBy("ontario-theme.used.min.css");
        var used = FilesThatNameClasses()
            .SelectMany(f => ClassName().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("ontario-row", used);
        var missing = used.Where(full.Contains).Where(c => !trimmed.Contains(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            $"used but missing from ontario-theme.used.min.css: {string.Join(", ", missing)}; run scripts/vendor-design-system.sh --trim");
    }

    [Fact]
    public void The_trimmed_sheet_is_much_smaller_and_keeps_the_element_styles_and_the_code_face()
    {
        var full = File.ReadAllText(Path.Combine(Sheets, "ontario-theme.min.css"));
        var trimmed = File.ReadAllText(Path.Combine(Sheets, "ontario-theme.used.min.css"));

        Assert.True(trimmed.Length * 3 < full.Length, $"trimmed {trimmed.Length} bytes, full {full.Length}");
        Assert.Equal(FontFaces(full).Where(f => !TextFamilies.Contains(f.Family)), FontFaces(trimmed));
        Assert.Contains("body{", trimmed, StringComparison.Ordinal);
        Assert.Contains("a:focus{", trimmed, StringComparison.Ordinal);
    }

    /// <summary>
    /// A text face that arrives after the first paint must not be swapped in: every line of a long
    /// page would move. The design system declares its faces <c>font-display: swap</c>, and a
    /// browser that gives up waiting for an <c>optional</c> face falls back to any other rule for
    /// it, so site.css must be the only place the faces are declared, each one optional.
    /// </summary>
    [Fact]
    public void Every_text_face_of_the_design_system_is_declared_only_by_site_css_and_never_swapped_in_late()
    {
        var full = FontFaces(File.ReadAllText(Path.Combine(Sheets, "ontario-theme.min.css")));
        var trimmed = FontFaces(File.ReadAllText(Path.Combine(Sheets, "ontario-theme.used.min.css")));
        var site = FontFaces(File.ReadAllText(Path.Combine(Repository.Root, "src", "Wayfinder.Web", "wwwroot", "css", "site.css")));

        var designed = full.Where(f => TextFamilies.Contains(f.Family)).Select(f => (f.Family, f.Weight, f.Style)).Order().ToList();
        Assert.Equal(7, designed.Count);
        Assert.DoesNotContain(trimmed, f => TextFamilies.Contains(f.Family));
        Assert.Equal(designed, site.Select(f => (f.Family, f.Weight, f.Style)).Order().ToList());
        foreach (var face in site)
        {
            Assert.True(face.Display == "optional", $"{face.Family} {face.Weight} {face.Style} is font-display: {face.Display}");
            var file = Path.GetFullPath(Path.Combine(Repository.Root, "src", "Wayfinder.Web", "wwwroot", "css", face.Source));
            Assert.True(File.Exists(file), $"{face.Family} {face.Weight} {face.Style}: {face.Source} does not exist");
        }
    }

    /// <summary>A preload the style sheet does not ask for is a wasted download, and a face the
    /// sheet asks for under another address is fetched twice and misses its chance to be in time.</summary>
    [Fact]
    public void Every_preloaded_font_is_a_face_site_css_declares_at_the_same_address()
    {
        var declared = FontFaces(File.ReadAllText(Path.Combine(Repository.Root, "src", "Wayfinder.Web", "wwwroot", "css", "site.css")))
            .Select(f => "/" + Path.GetRelativePath(Path.Combine(Repository.Root, "src", "Wayfinder.Web", "wwwroot"),
                Path.GetFullPath(Path.Combine(Repository.Root, "src", "Wayfinder.Web", "wwwroot", "css", f.Source))).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var preloaded = PreloadedAddress().Matches(Wayfinder.Web.Infrastructure.FontPreload.Header).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(4, preloaded.Count);
        Assert.All(preloaded, address => Assert.True(declared.Contains(address), $"{address} is preloaded but site.css declares no face there"));
    }

    [GeneratedRegex(@"<([^>]+\.woff2)>")]
    private static partial Regex PreloadedAddress();

    private static readonly HashSet<string> TextFamilies = ["Open Sans", "Raleway"];

    private sealed record FontFace(string Family, string Weight, string Style, string Display, string Source);

    [GeneratedRegex(@"@font-face\s*\{([^}]*)\}")]
    private static partial Regex FontFaceRule();

    [GeneratedRegex(@"(font-family|font-weight|font-style|font-display)\s*:\s*([^;]+)")]
    private static partial Regex Descriptor();

    [GeneratedRegex(@"url\(([^)]+\.woff2)\)")]
    private static partial Regex Woff2();

    private static List<FontFace> FontFaces(string css) => FontFaceRule().Matches(css).Select(rule =>
    {
        var descriptors = Descriptor().Matches(rule.Groups[1].Value)
            .GroupBy(m => m.Groups[1].Value)
            .ToDictionary(g => g.Key, g => g.First().Groups[2].Value.Trim().Trim('"', '\''));
        return new FontFace(
            descriptors.GetValueOrDefault("font-family", ""),
            descriptors.GetValueOrDefault("font-weight", "400"),
            descriptors.GetValueOrDefault("font-style", "normal"),
            descriptors.GetValueOrDefault("font-display", "auto"),
            Woff2().Match(rule.Groups[1].Value).Groups[1].Value);
    }).ToList();
}
