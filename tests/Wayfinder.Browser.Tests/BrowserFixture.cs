using Microsoft.Playwright;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Browser.Tests;

/// <summary>
/// The real site on a loopback port (Kestrel, not the in-memory test server) and one headless
/// Debian Chromium driven by Playwright. Shared by all browser tests in the collection.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private WayfinderFactory? factory;
    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string? SkipReason { get; private set; }

    /// <summary>The real ClinicalTrials.gov fixtures and postal areas are in the site's database.</summary>
    public bool TrialsLoaded { get; private set; }

    public async Task InitializeAsync()
    {
        SkipReason = TestTools.Missing(TestTools.Chromium, "Chromium (/usr/bin/chromium)");
        if (SkipReason is not null)
        {
            return;
        }

        factory = new WayfinderFactory();
        await LoadTrialsAsync(factory);
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestTools.Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    private async Task LoadTrialsAsync(WayfinderFactory site)
    {
        var folder = Path.Combine(SharedData.Folder, "clinicaltrials");
        var csv = Path.Combine(SharedData.Folder, "geo", "pypostalcode_ca_fsa_centroids.csv");
        if (TestTools.Missing(Directory.Exists(folder) && File.Exists(csv) ? folder : null, "The ClinicalTrials.gov and postal fixtures") is not null)
        {
            return;
        }

        await using var db = site.OpenDatabase();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
        await new Wayfinder.Trials.TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(folder);
        await new Wayfinder.Trials.PostalAreaImporter(db).ImportAsync(csv);
        TrialsLoaded = true;
    }

    /// <summary>The phone the journey tests use: a common 6.1-inch screen, in CSS pixels.</summary>
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    public Task<IPage> NewPhonePageAsync(bool javaScript = true) => NewPageAsync(javaScript, PhoneWidth, PhoneHeight);

    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = BaseUrl,
            BypassCSP = bypassCsp,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
