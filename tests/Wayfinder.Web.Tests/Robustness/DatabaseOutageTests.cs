using System.Net;
using System.Net.Http.Json;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Robustness;

/// <summary>
/// The database server stops while the site is serving (DESIGN section 7): everything that does
/// not need it keeps answering, trial pages say plainly that they are unavailable, and the site
/// recovers by itself when the server is back.
/// </summary>
public sealed class DatabaseOutageTests : IDisposable
{
    private const string Trial = "/en/clinical-trials/NCT05594173";
    private const string OtherTrial = "/en/clinical-trials/NCT02552212"; // not yet seen, so not cached
    private readonly List<IDisposable> cleanup = [];

    [SkippableFact]
    public async Task When_the_database_server_stops_while_serving_only_trial_pages_fail_and_they_recover_without_a_restart()
    {
        var missing = PostgresServer.Missing();
        Skip.If(missing is not null, missing);
        var folder = Path.Combine(SharedData.Folder, "clinicaltrials");
        Skip.If(!Directory.Exists(folder), "the trial fixtures are missing");

        var server = PostgresServer.Create();
        cleanup.Add(server);
        var factory = new WayfinderFactory { ConnectionString = server.ConnectionString };
        cleanup.Add(factory);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await using (var db = await factory.OpenMigratedDatabaseAsync())
        {
            await new Wayfinder.Trials.TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(folder);
        }

        var trialBefore = await client.GetAsync(Trial);

        server.Stop();

        // Pages nobody has asked for yet, so no cached copy hides a dependency on the database.
        var stillServed = new Dictionary<string, HttpStatusCode>();
        foreach (var path in new[]
        {
            "/en/cancer-types/neuroendocrine-tumours", "/fr/types-de-cancer/tumeurs-neuroendocrines", "/en/drugs", "/en/drugs/octreotide",
            "/fr/medicaments/everolimus", "/en/symptoms/fatigue", "/fr/symptomes/diarrhee", "/en/self-check", "/en/search?q=octreotide", "/healthz",
        })
        {
            stillServed[path] = (await client.GetAsync(path)).StatusCode;
        }

        var form = await SelfCheckForm.GetAsync(client);
        form.Fields["score-pain"] = "5";
        stillServed["POST /en/self-check"] = await form.PostAsync(client);
        stillServed["POST /api/self-check"] = (await client.PostAsJsonAsync("/api/self-check", new { lang = "en", scores = new Dictionary<string, int> { ["pain"] = 8 } })).StatusCode;

        var finderDown = await client.GetAsync("/en/clinical-trials?condition=net");
        var finderDownText = await finderDown.Content.ReadAsStringAsync();
        var trialDown = await client.GetAsync(OtherTrial);
        var frenchDown = await client.GetAsync("/fr/essais-cliniques");
        var frenchDownText = await frenchDown.Content.ReadAsStringAsync();
        var apiDown = await client.GetAsync("/api/trials?condition=net");
        var ready = await client.GetAsync("/healthz/ready");

        server.Start();
        var recovered = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 60 && recovered != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(500);
            recovered = (await client.GetAsync(OtherTrial)).StatusCode;
        }

        var readyAfter = await client.GetAsync("/healthz/ready");
        var apiAfter = await client.GetAsync("/api/trials/NCT02552212");

        Assert.Equal(HttpStatusCode.OK, trialBefore.StatusCode);
        Assert.All(stillServed, pair => Assert.True(pair.Value == HttpStatusCode.OK, $"{pair.Key} answered {(int)pair.Value} while the database was down"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, finderDown.StatusCode);
        Assert.Contains("not available", finderDownText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, trialDown.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, frenchDown.StatusCode);
        Assert.Contains("lang=\"fr\"", frenchDownText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, apiDown.StatusCode);
        Assert.Equal("application/problem+json", apiDown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered);
        Assert.Equal(HttpStatusCode.OK, readyAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, apiAfter.StatusCode);
    }

    public void Dispose()
    {
        foreach (var item in Enumerable.Reverse(cleanup))
        {
            item.Dispose();
        }
    }
}
