using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Tests.Shared;
using Wayfinder.Web.Infrastructure;

namespace Wayfinder.Web.Tests.Robustness;

/// <summary>
/// X-Forwarded-For is believed only from configured proxies (loopback by default): a client that
/// invents a new address for every request still meets the rate limit.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task A_client_that_is_not_a_proxy_cannot_dodge_the_rate_limit_with_invented_forwarded_addresses()
    {
        using var site = Site(remote: "203.0.113.5", proxies: "");
        var client = site.CreateClient();
        var random = new Random(7);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=fever");
            request.Headers.Add("X-Forwarded-For", $"198.51.{random.Next(256)}.{random.Next(256)}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_visitor_has_a_limit_of_their_own()
    {
        using var site = Site(remote: "10.1.2.3", proxies: "10.1.2.3");
        var client = site.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=fever");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Theory]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("203.0.113.5", "203.0.113.5")]
    [InlineData("::ffff:203.0.113.5", "203.0.113.5")]
    public void Ipv6_clients_share_a_limit_per_64_block(string address, string key)
    {
        Assert.Equal(key, RequestLimits.ClientKey(IPAddress.Parse(address)));
    }

    /// <summary>A site whose connections all come from one address, as if over the network.</summary>
    private static WayfinderFactory Site(string remote, string proxies) => new()
    {
        Settings = new Dictionary<string, string> { ["RateLimits:ApiRequestsPerMinute"] = "20", ["ForwardedHeaders:KnownProxies"] = proxies },
        ConfigureServices = services => services.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(remote))),
    };

    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
