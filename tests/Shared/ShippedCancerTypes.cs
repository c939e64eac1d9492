using Wayfinder.Content.Loading;
using Wayfinder.Trials;

namespace Wayfinder.Tests.Shared;

/// <summary>The cancer types of the shipped content, as trials see them: what the site and the
/// CLI tag imported trials with.</summary>
public static class ShippedCancerTypes
{
    private static readonly Lazy<CancerTypeCatalog> Loaded = new(() =>
        CancerTypeCatalog.From(new ContentLoader { EditorialChecks = false }.Load(Repository.Content)));

    public static CancerTypeCatalog Catalog => Loaded.Value;
}
