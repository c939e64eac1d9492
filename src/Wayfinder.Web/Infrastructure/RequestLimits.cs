using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Limits that keep one client from exhausting a node (DESIGN section 7): request sizes, and a
/// per-address rate on the APIs and form posts. A refused request gets a 429 with
/// <c>Retry-After</c> and a problem-details body that says when to try again.
/// </summary>
public static class RequestLimits
{
    /// <summary>The rate-limiting policy for APIs, form posts and pages that search.</summary>
    public const string Api = "api";

    /// <summary>The policy for work that starts a browser (PDFs): far fewer per client.</summary>
    public const string Costly = "costly";

    /// <summary>Largest request body accepted by any endpoint (a self-check is a few KB).</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddWayfinderRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Limits.MaxRequestBodySize = MaxBodyBytes;
            options.Limits.MaxRequestLineSize = 8 * 1024;
            options.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.Configure<FormOptions>(options =>
        {
            options.ValueCountLimit = 200;
            options.ValueLengthLimit = 16 * 1024;
            options.MultipartBodyLengthLimit = MaxBodyBytes;
        });

        var perMinute = builder.Configuration.GetValue("RateLimits:ApiRequestsPerMinute", 600);
        var costlyPerMinute = builder.Configuration.GetValue("RateLimits:CostlyRequestsPerMinute", 20);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client and per minute. After UseForwardedHeaders, the address is the visitor's,
            // not the proxy's.
            static Func<HttpContext, RateLimitPartition<string>> PerClient(int permits) => context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            options.AddPolicy(Api, PerClient(perMinute));
            options.AddPolicy(Costly, PerClient(costlyPerMinute));
            options.OnRejected = async (context, cancellation) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 60;
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests",
                        detail: $"This address has sent too many requests in a minute. Try again in {seconds} seconds.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    /// <summary>
    /// The rate-limit partition of a client: its IPv4 address, or its IPv6 /64, since one home or
    /// phone is given a whole /64 and can use a new address from it for every request.
    /// </summary>
    public static string ClientKey(System.Net.IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }
}
