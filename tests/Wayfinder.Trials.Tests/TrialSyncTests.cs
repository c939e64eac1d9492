using System.Net;
using Microsoft.EntityFrameworkCore;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Trials.Tests;

/// <summary>
/// <c>trials sync</c> against a local server that replays ClinicalTrials.gov's real v2 search
/// responses (../shared/data/clinicaltrials/v2-search), chained by their own nextPageTokens.
/// </summary>
public sealed class TrialSyncTests : IDisposable
{
    private readonly ReplayServer server;
    private readonly TestDatabase database = TestDatabase.Create("sqlite");
    private readonly string stateFile = Path.Combine(Path.GetTempPath(), $"sync-{Guid.NewGuid():N}.json");

    public TrialSyncTests()
    {
        var folder = Path.Combine(SharedData.Folder, "clinicaltrials", "v2-search");
        Missing = TestTools.Missing(Directory.Exists(folder) ? folder : null, "The ClinicalTrials.gov search responses");
        server = new ReplayServer(Missing is null ? folder : null);
    }

    private string? Missing { get; }

    [SkippableFact]
    public async Task A_sync_follows_every_page_token_and_imports_each_page()
    {
        Skip.If(Missing is not null, Missing);
        await using var db = database.Open();

        var result = await Sync(db);

        Assert.Equal(3, result.Pages);
        Assert.Equal(8, result.Added);
        Assert.Equal(8, await db.Trials.CountAsync());
        Assert.Contains("query.cond=neuroendocrine", server.Requests[0], StringComparison.Ordinal);
        Assert.Contains("filter.overallStatus=RECRUITING%2CNOT_YET_RECRUITING", server.Requests[0], StringComparison.Ordinal);
        Assert.Contains("filter.advanced=AREA%5BLocationCountry%5DCanada", server.Requests[0], StringComparison.Ordinal);
        Assert.Contains("pageToken=", server.Requests[1], StringComparison.Ordinal);
        Assert.False(File.Exists(stateFile), "a finished sync leaves no state to resume");
    }

    [SkippableFact]
    public async Task A_server_error_is_retried_with_back_off()
    {
        Skip.If(Missing is not null, Missing);
        server.FailuresBeforeSuccess[2] = 2;
        await using var db = database.Open();

        var result = await Sync(db);

        Assert.Equal(3, result.Pages);
        Assert.Equal(5, server.Requests.Count);
    }

    [SkippableFact]
    public async Task A_failure_mid_way_keeps_the_pages_done_and_the_next_run_resumes_there()
    {
        Skip.If(Missing is not null, Missing);
        server.FailuresBeforeSuccess[2] = 100;
        await using (var db = database.Open())
        {
            await Assert.ThrowsAsync<SyncFailedException>(() => Sync(db));
            Assert.Equal(3, await db.Trials.CountAsync());
        }

        server.FailuresBeforeSuccess.Clear();
        server.Requests.Clear();
        await using var again = database.Open();

        var result = await Sync(again);

        Assert.True(result.Resumed);
        Assert.Equal(2, result.Pages);
        Assert.Contains("pageToken=", server.Requests[0], StringComparison.Ordinal);
        Assert.Equal(8, await again.Trials.CountAsync());
    }

    private async Task<SyncResult> Sync(Wayfinder.Data.WayfinderDbContext db)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };
        return await new TrialSync(http, db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).RunAsync(new SyncOptions
        {
            Condition = "neuroendocrine",
            StateFile = stateFile,
            MinimumInterval = TimeSpan.FromMilliseconds(10),
            Retries = 2,
            FirstBackOff = TimeSpan.FromMilliseconds(20),
        });
    }

    public void Dispose()
    {
        server.Dispose();
        database.Dispose();
        File.Delete(stateFile);
    }

    /// <summary>Serves the saved responses: no token gives the first, each file's token gives the next.</summary>
    private sealed class ReplayServer : IDisposable
    {
        private static readonly string[] Order =
        [
            "biomcp_search_melanoma_recruiting_limit3_20260811.json",
            "biomcp_search_keytruda_limit3_20260811.json",
            "biomcp_search_nsclc_egfr_l858r_20260811.json",
        ];

        private readonly HttpListener listener = new();
        private readonly Dictionary<string, string> pageByToken = new(StringComparer.Ordinal);
        private readonly List<string> pages = [];

        public ReplayServer(string? folder)
        {
            var port = FreePort();
            Address = $"http://127.0.0.1:{port}/api/v2/";
            if (folder is null)
            {
                return;
            }

            string? token = null;
            foreach (var file in Order)
            {
                var body = File.ReadAllText(Path.Combine(folder, file));
                pages.Add(body);
                pageByToken[token ?? ""] = body;
                using var json = System.Text.Json.JsonDocument.Parse(body);
                token = json.RootElement.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
            }

            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            listener.Start();
            _ = Task.Run(Serve);
        }

        public string Address { get; }
        public List<string> Requests { get; } = [];

        /// <summary>Page number (1-based) to how many times it answers 500 before it works.</summary>
        public Dictionary<int, int> FailuresBeforeSuccess { get; } = [];

        private async Task Serve()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                lock (Requests)
                {
                    Requests.Add(context.Request.Url!.PathAndQuery);
                }

                var token = context.Request.QueryString["pageToken"] ?? "";
                var found = pageByToken.TryGetValue(token, out var body);
                var number = found ? pages.IndexOf(body!) + 1 : 0;
                if (found && FailuresBeforeSuccess.TryGetValue(number, out var failures) && failures > 0)
                {
                    FailuresBeforeSuccess[number] = failures - 1;
                    context.Response.StatusCode = 500;
                    context.Response.Close();
                    continue;
                }

                context.Response.StatusCode = found ? 200 : 400;
                context.Response.ContentType = "application/json";
                var bytes = System.Text.Encoding.UTF8.GetBytes(found ? body! : "{\"error\":\"unknown pageToken\"}");
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            var port = ((IPEndPoint)socket.LocalEndpoint).Port;
            socket.Stop();
            return port;
        }

        public void Dispose()
        {
            if (listener.IsListening)
            {
                listener.Stop();
            }

            listener.Close();
        }
    }
}
