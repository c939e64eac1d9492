using System.Text.RegularExpressions;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Architecture;

/// <summary>
/// The platform promise, held by the code itself: an agency runs Wayfinder for its cancer types
/// by writing content, so no source file names a cancer type, and every application path is
/// written once, in the route table.
/// </summary>
public sealed partial class PlatformArchitectureTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    private static readonly ContentSnapshot Shipped = new ContentLoader { EditorialChecks = false }.Load(Repository.Content);

    /// <summary>Source files, without build output and without EF Core's generated migrations
    /// (a record of schemas already applied to databases, which must not change).</summary>
    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)
                || f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)
                && !f.Contains("/Migrations/", StringComparison.Ordinal) && !f.Contains("/wwwroot/lib/", StringComparison.Ordinal));

    /// <summary>Every way the content names its cancer types: ids, slugs, titles, other names and trial terms.</summary>
    private static IReadOnlyList<string> CancerTypeNames()
    {
        var names = new List<string>();
        foreach (var hub in Shipped.Items.OfType<CancerType>())
        {
            names.Add(hub.Id);
            names.Add(hub.Url![(hub.Url!.LastIndexOf('/') + 1)..]);
            names.Add(hub.ShortTitle);
            names.AddRange(hub.AlsoKnownAs);
            names.AddRange(hub.TrialTerms);
        }

        return names.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    [Fact]
    public void The_shipped_content_has_a_cancer_type_to_look_for()
    {
        Assert.Contains("neuroendocrine", CancerTypeNames(), StringComparer.OrdinalIgnoreCase);
        Assert.Contains("NETs", CancerTypeNames(), StringComparer.Ordinal);
    }

    [Fact]
    public void No_source_file_names_a_cancer_type_of_the_content()
    {
        // Long names match anywhere, ignoring case; abbreviations ("NET", "TNE") match as whole
        // words as written, and not after a dot (".NET").
        var patterns = CancerTypeNames().Select(name => name.Length > 4
            ? new Regex(Regex.Escape(name), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            : new Regex(@"(?<![\p{L}\p{N}.])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)).ToList();

        var found = SourceFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .SelectMany(l => patterns.Where(p => p.IsMatch(l.line)).Select(p => $"{Path.GetRelativePath(Repository.Root, l.file)}:{l.number}: {p.Match(l.line).Value}"))
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void Each_french_path_segment_of_the_application_is_written_once_in_src()
    {
        var segments = SiteRoutes.All.SelectMany(r => r.French.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Where(s => s != "fr" && !s.StartsWith('{') && s.Length > 3)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var routeTable = Path.Combine("src", "Wayfinder.Content", "Site", "SiteRoutes.cs");

        var elsewhere = SourceFiles()
            .Where(f => !f.EndsWith(routeTable, StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .SelectMany(l => segments.Where(s => Regex.IsMatch(l.line, "/" + Regex.Escape(s) + @"\b"))
                .Select(s => $"{Path.GetRelativePath(Repository.Root, l.file)}:{l.number}: /{s}"))
            .ToList();

        Assert.NotEmpty(segments);
        Assert.Empty(elsewhere);
    }

    public static TheoryData<string> RoutePaths() =>
        new(SiteRoutes.Pages.Where(r => !r.English.Contains('{', StringComparison.Ordinal)).SelectMany(r => new[] { r.English, r.French }).Distinct());

    [Theory]
    [MemberData(nameof(RoutePaths))]
    public async Task Every_page_of_the_route_table_answers_at_the_path_the_table_gives(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(path == "/" ? "lang=\"en\"" : $"lang=\"{path[1..3]}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Drugs/DrugIndex")]
    [InlineData("/Trials/TrialFinder")]
    public async Task A_page_does_not_also_answer_at_its_file_address(string address)
    {
        var response = await factory.CreateClient().GetAsync(address);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
