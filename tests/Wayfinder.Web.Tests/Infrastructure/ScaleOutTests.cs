using System.Net;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Infrastructure;

/// <summary>
/// Two nodes sharing a real Redis (started by test.sh): form tokens from one node are accepted
/// by the other, and pages one node renders are served by the other from the shared cache.
/// </summary>
public sealed class ScaleOutTests
{
    private static readonly string? Redis = Environment.GetEnvironmentVariable("WAYFINDER_TEST_REDIS");

    [SkippableFact]
    public async Task A_form_token_issued_by_one_node_is_accepted_by_another()
    {
        SkipWithoutRedis();
        using var nodeA = Node(Redis);
        using var nodeB = Node(Redis);

        var status = await PostSelfCheckAcrossAsync(tokenFrom: nodeB, postTo: nodeA);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Without_shared_keys_a_token_from_another_node_is_refused()
    {
        // Each node with a key ring of its own, as two machines without Redis would have.
        using var nodeA = Node(null, keys: Directory.CreateTempSubdirectory("wayfinder-keys-").FullName);
        using var nodeB = Node(null, keys: Directory.CreateTempSubdirectory("wayfinder-keys-").FullName);

        var status = await PostSelfCheckAcrossAsync(tokenFrom: nodeB, postTo: nodeA);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [SkippableFact]
    public async Task A_page_rendered_by_one_node_is_served_by_another_from_the_shared_cache()
    {
        SkipWithoutRedis();
        using var nodeA = Node(Redis);
        using var nodeB = Node(Redis);
        var path = "/en/cancer-types/neuroendocrine-tumours?visit=" + Guid.NewGuid().ToString("N");

        var fromA = await nodeA.CreateClient().GetAsync(path);
        var fromB = await nodeB.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, fromA.StatusCode);
        Assert.False(fromA.Headers.Contains("Age"), "node A rendered the page");
        Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
        Assert.True(fromB.Headers.Contains("Age"), "node B served node A's rendering from Redis");
        Assert.Equal(await fromA.Content.ReadAsStringAsync(), await fromB.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_node_that_starts_while_redis_is_away_serves_pages_quickly_and_explains_the_self_check_is_unavailable()
    {
        using var node = Node("127.0.0.1:1,connectTimeout=200");
        var client = node.CreateClient();
        await client.GetAsync("/en/palliative-care"); // start-up

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var page = await client.GetAsync("/en/cancer-types/neuroendocrine-tumours");
        var again = await client.GetAsync("/en/cancer-types/neuroendocrine-tumours");
        clock.Stop();
        var (selfCheck, document) = await Html.GetAsync(client, "/en/self-check");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"pages waited {clock.Elapsed} for Redis");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, selfCheck.StatusCode);
        Assert.Contains("911", document.QuerySelector("main [role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    private static WayfinderFactory Node(string? redis, string? keys = null)
    {
        var settings = new Dictionary<string, string>();
        if (redis is not null)
        {
            settings["Redis:Configuration"] = redis;
        }

        if (keys is not null)
        {
            settings["DataProtection:KeysPath"] = keys;
        }

        return new WayfinderFactory { Settings = settings };
    }

    /// <summary>Gets the self-check form (token and cookie) from one node and posts it to another.</summary>
    private static async Task<HttpStatusCode> PostSelfCheckAcrossAsync(WayfinderFactory tokenFrom, WayfinderFactory postTo)
    {
        var options = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false };
        var form = await SelfCheckForm.GetAsync(tokenFrom.CreateClient(options));
        return await form.PostAsync(postTo.CreateClient(options));
    }

    private static void SkipWithoutRedis()
    {
        var missing = TestTools.Missing(Redis, "The Redis test server (WAYFINDER_TEST_REDIS)");
        Skip.If(missing is not null, missing);
    }
}
