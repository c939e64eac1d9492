using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;

namespace Wayfinder.Content.Tests;

/// <summary>The content records keep every common field when one is built from another.</summary>
public sealed class ContentModelTests
{
    private static readonly ContentItem Hub = new ContentLoader { EditorialChecks = false }
        .Load(Path.Combine(TestContent.RepositoryRoot, "content"))
        .FindByUrl("/en/cancer-types/neuroendocrine-tumours")!;

    public static TheoryData<string> CommonFields() =>
        new(typeof(ContentItem).GetProperties().Where(p => p.DeclaringType == typeof(ContentItem) && p.CanWrite).Select(p => p.Name));

    [Theory]
    [MemberData(nameof(CommonFields))]
    public void A_type_record_built_from_the_common_fields_keeps_every_one_of_them(string field)
    {
        var property = typeof(ContentItem).GetProperty(field)!;

        var drug = new Drug(Hub);
        var copied = Hub with { };

        Assert.NotNull(property.GetValue(Hub) ?? (property.PropertyType.IsValueType ? 0 : "nullable field"));
        Assert.Equal(property.GetValue(Hub), property.GetValue(drug));
        Assert.Equal(property.GetValue(Hub), property.GetValue(copied));
    }
}
