using Wayfinder.Content.Site;

namespace Wayfinder.Content.Tests;

public sealed class SiteConfigTests
{
    private static string ShippedYaml => File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "content", "site.yaml"));

    [Fact]
    public void The_shipped_site_settings_have_every_interface_word_in_both_languages()
    {
        var (config, diagnostics) = SiteConfig.Parse("site.yaml", ShippedYaml);

        Assert.Empty(diagnostics);
        Assert.NotNull(config);
        foreach (var lang in new[] { "en", "fr" })
        {
            Assert.All(SiteConfig.RequiredUiKeys, key => Assert.False(string.IsNullOrWhiteSpace(config!.For(lang).Ui[key])));
        }
    }

    [Fact]
    public void A_missing_french_word_is_named_in_the_error()
    {
        var yaml = ShippedYaml.Replace("      skip_to_search: Passer à la recherche\n", "", StringComparison.Ordinal);

        var (config, diagnostics) = SiteConfig.Parse("site.yaml", yaml);

        Assert.Null(config);
        Assert.Equal("site.yaml:1: error: languages.fr.ui: 'skip_to_search' is missing", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_banner_is_active_only_between_its_dates()
    {
        var (config, _) = SiteConfig.Parse("site.yaml", ShippedYaml);
        var banner = config!.Banners[0];

        Assert.Contains(banner, config.ActiveBanners(banner.Starts));
        Assert.Contains(banner, config.ActiveBanners(banner.Ends));
        Assert.DoesNotContain(banner, config.ActiveBanners(banner.Ends.AddDays(1)));
        Assert.DoesNotContain(banner, config.ActiveBanners(banner.Starts.AddDays(-1)));
    }

    [Fact]
    public void Malformed_yaml_is_reported_with_its_line()
    {
        var (config, diagnostics) = SiteConfig.Parse("site.yaml", "name: Wayfinder\nbanners:\n  - id: [broken\n");

        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.InRange(error.Line, 1, 4);
    }
}
