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
    /// <summary>The rate-limiting policy for APIs and form posts.</summary>
    public const string Api = "api";

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
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Api, context => RateLimitPartition.GetFixedWindowLimiter(
                // After UseForwardedHeaders, this is the visitor's address, not the proxy's.
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
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
                        detail: $"This address has sent more than {perMinute} requests in a minute. Try again in {seconds} seconds.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }
}
