using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Shared;

/// <summary>Every component is a documented contract (house style, from GOV.UK's components).</summary>
public sealed class ComponentContractTests
{
    public static TheoryData<string> Components()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(Repository.Root, "src", "Wayfinder.Web", "Features", "Shared", "Components");
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Every_component_has_a_template_and_a_readme_with_parameters_examples_and_accessibility_criteria(string component)
    {
        var folder = Path.Combine(Repository.Root, "src", "Wayfinder.Web", "Features", "Shared", "Components", component);

        Assert.True(File.Exists(Path.Combine(folder, $"_{component}.cshtml")), $"{component} has no _{component}.cshtml");
        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        Assert.Contains("## Parameters", readme, StringComparison.Ordinal);
        Assert.Contains("## Examples", readme, StringComparison.Ordinal);
        Assert.Contains("## Accessibility criteria", readme, StringComparison.Ordinal);
    }
}
