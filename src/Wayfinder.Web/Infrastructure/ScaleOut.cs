using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Several nodes behind a load balancer (DESIGN section 2): with <c>Redis:Configuration</c> set,
/// the output cache and the ASP.NET Data Protection keys live in Redis, so a page rendered by one
/// node is served by all and a form token issued by one node is accepted by any. Without it, each
/// node keeps both in memory and on its own disk, which is right for a single node.
/// </summary>
public static class ScaleOut
{
    public const string KeyPrefix = "wayfinder:";

    public static WebApplicationBuilder AddWayfinderScaleOut(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration["Redis:Configuration"];
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Wayfinder");
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keys)
        {
            // Without Redis, nodes can share keys through a shared folder instead.
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        if (string.IsNullOrWhiteSpace(configuration))
        {
            return builder;
        }

        var options = ConfigurationOptions.Parse(configuration);
        // A node must start, and keep serving pages, while Redis is away.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 2000);
        var redis = ConnectionMultiplexer.Connect(options);
        builder.Services.AddSingleton<IConnectionMultiplexer>(redis);
        dataProtection.PersistKeysToStackExchangeRedis(redis, KeyPrefix + "data-protection-keys");
        builder.Services.AddStackExchangeRedisOutputCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis);
            o.InstanceName = KeyPrefix;
        });

        // Registered after Redis's store, so it wraps it: a Redis outage becomes cache misses.
        builder.Services.Decorate();
        return builder;
    }

    private static void Decorate(this IServiceCollection services)
    {
        var inner = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(inner);
        services.AddSingleton<IOutputCacheStore>(sp => new ResilientOutputCacheStore(
            (IOutputCacheStore)(inner.ImplementationInstance ?? inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)),
            () => sp.GetRequiredService<IConnectionMultiplexer>().IsConnected,
            sp.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
    }
}

/// <summary>
/// The shared cache is an optimisation: when Redis cannot be reached, a lookup is a miss, a store
/// is skipped and an eviction is logged, and the page is rendered as if there were no cache.
/// While Redis is disconnected, or for a while after an operation failed, Redis is not even
/// asked, so pages do not wait for its timeouts.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, Func<bool> isConnected, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore
{
    private static readonly TimeSpan RestAfterFailure = TimeSpan.FromSeconds(15);
    private long restUntil;

    private bool Available => isConnected() && Environment.TickCount64 >= Interlocked.Read(ref restUntil);

    private void Failed() => Interlocked.Exchange(ref restUntil, Environment.TickCount64 + (long)RestAfterFailure.TotalMilliseconds);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (!Available)
        {
            logger.LogError("The shared output cache is unavailable and could not evict '{Tag}'; cached pages expire within the hour", tag);
            return;
        }

        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            Failed();
            logger.LogError(ex, "The shared output cache could not evict '{Tag}'; cached pages expire within the hour", tag);
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!Available)
        {
            return null;
        }

        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            Failed();
            logger.LogWarning("The shared output cache is unavailable ({Error}); rendering the page", ex.GetType().Name);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!Available)
        {
            return;
        }

        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            Failed();
            logger.LogWarning("The shared output cache is unavailable ({Error}); the page was not stored", ex.GetType().Name);
        }
    }
}
