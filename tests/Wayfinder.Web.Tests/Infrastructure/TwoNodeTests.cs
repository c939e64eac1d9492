using System.Net;
using Wayfinder.Data;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Infrastructure;

/// <summary>
/// The deployment of docs/deployment.md on loopback: two web nodes behind nginx, one PostgreSQL,
/// one Redis. Forms, imports and a node going away must all be invisible to visitors.
/// </summary>
public sealed class TwoNodeTests : IDisposable
{
    private readonly List<IDisposable> cleanup = [];

    [SkippableFact]
    public async Task Two_nodes_behind_nginx_share_forms_and_data_and_survive_losing_a_node_under_load()
    {
        var redis = Environment.GetEnvironmentVariable("WAYFINDER_TEST_REDIS");
        var missing = Nginx.Missing()
            ?? TestTools.Missing(redis, "The Redis test server (WAYFINDER_TEST_REDIS)")
            ?? TestDatabase.Unavailable(WayfinderDatabase.Postgres);
        Skip.If(missing is not null, missing);

        var database = TestDatabase.Create(WayfinderDatabase.Postgres);
        cleanup.Add(database);
        var nodeA = StartNode(database.ConnectionString, redis!);
        var nodeB = StartNode(database.ConnectionString, redis!);
        var proxy = StartNginx(Port(nodeA), Port(nodeB));
        using var visitor = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = proxy };

        // 1. A form token issued by one node is accepted by the other, whichever nginx picks.
        var tokenFromB = await SelfCheckForm.GetAsync(new HttpClient { BaseAddress = Base(nodeB) });
        var postedToA = await tokenFromB.PostAsync(new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = Base(nodeA) });
        var throughProxy = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            throughProxy.Add(await (await SelfCheckForm.GetAsync(visitor)).PostAsync(visitor));
        }

        // 2. Trials imported through node A are found through the proxy, by either node.
        var folder = Path.Combine(SharedData.Folder, "clinicaltrials");
        Skip.If(!Directory.Exists(folder), "the trial fixtures are missing");
        await using (var db = WayfinderDatabase.Create(WayfinderDatabase.Postgres, database.ConnectionString))
        {
            await new Wayfinder.Trials.TrialImporter(db, TimeProvider.System, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog).ImportAsync(folder);
        }

        var trialAnswers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            trialAnswers.Add((await visitor.GetAsync("/api/trials/NCT05594173")).StatusCode);
        }

        // 3. Node B stops while visitors keep reading pages: nginx retries on node A.
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var statuses = new List<HttpStatusCode>();
            while (!stop.IsCancellationRequested)
            {
                statuses.Add((await visitor.GetAsync("/en/cancer-types/neuroendocrine-tumours")).StatusCode);
            }

            return statuses;
        })).ToList();
        await Task.Delay(1000);
        await nodeB.DisposeAsync();
        await Task.Delay(1500);
        await stop.CancelAsync();
        var underLoad = (await Task.WhenAll(load)).SelectMany(s => s).ToList();

        Assert.Equal(HttpStatusCode.OK, postedToA);
        Assert.All(throughProxy, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(trialAnswers, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.True(underLoad.Count > 50, $"only {underLoad.Count} requests under load");
        Assert.All(underLoad, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    private WayfinderFactory StartNode(string connection, string redis)
    {
        var node = new WayfinderFactory
        {
            DatabaseProvider = WayfinderDatabase.Postgres,
            ConnectionString = connection,
            Settings = new Dictionary<string, string> { ["Redis:Configuration"] = redis },
        };
        node.UseKestrel(0);
        node.StartServer();
        cleanup.Add(node);
        return node;
    }

    private static Uri Base(WayfinderFactory node) => node.ClientOptions.BaseAddress;

    private static int Port(WayfinderFactory node) => Base(node).Port;

    private Uri StartNginx(int portA, int portB)
    {
        // The upstream and proxy settings of docs/deployment.md, with this run's ports.
        var nginx = new Nginx(port => $$"""
                upstream wayfinder {
                    server 127.0.0.1:{{portA}} max_fails=1 fail_timeout=10s;
                    server 127.0.0.1:{{portB}} max_fails=1 fail_timeout=10s;
                    keepalive 16;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    location / {
                        proxy_pass http://wayfinder;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_connect_timeout 2s;
                        proxy_next_upstream error timeout http_502 http_503 non_idempotent;
                        proxy_buffering off;
                    }
                }
            """);
        cleanup.Add(nginx);
        return nginx.Address;
    }

    public void Dispose()
    {
        foreach (var item in Enumerable.Reverse(cleanup))
        {
            item.Dispose();
        }
    }

}
