using System.IO.Compression;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Wayfinder.Content.Loading;
using Wayfinder.Web.Features.Drugs;
using Wayfinder.Web.Features.Platform;
using Wayfinder.Web.Features.SelfCheck;
using Wayfinder.Web.Features.Trials;
using Wayfinder.Web.Features.Preferences;
using Wayfinder.Web.Features.Search;
using Wayfinder.Web.Features.Feedback;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Infrastructure;

/// <summary>The composition root, kept out of Program.cs: services, middleware order, endpoints.</summary>
public static class WayfinderApplication
{
    public static WebApplicationBuilder AddWayfinder(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        services.AddSingleton(TimeProvider.System);
        // Plain-language findings never block serving; editors get them from `check`.
        services.AddSingleton<ContentLoader>(sp => new ContentLoader(new Content.Markdown.MarkdownRenderer(), sp.GetRequiredService<TimeProvider>())
        {
            EditorialChecks = false,
        });
        services.AddSingleton(sp => new ContentStore(
            ContentPathResolver.Resolve(configuration["Content:Path"], builder.Environment.ContentRootPath),
            sp.GetRequiredService<ContentLoader>(),
            sp.GetRequiredService<ILogger<ContentStore>>()));
        services.AddHostedService<ContentStartup>();
        if (configuration.GetValue<bool?>("Content:Watch") ?? builder.Environment.IsDevelopment())
        {
            services.AddHostedService<ContentWatcher>();
        }

        services.AddScoped<PageChromeFactory>();
        // Printing to PDF is shared by drug sheets and the self-check.
        services.AddSingleton<PdfRenderer>();
        services.AddSearch();
        services.AddDrugs();
        services.AddSelfCheck();
        services.AddTrials();
        services.AddOpenApi();
        // Razor encodes every character outside Basic Latin by default ("Fran&#xE7;ais"): French
        // pages would carry hundreds of entities. Markup characters (< > & " ') are still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.ConfigureFilter(new UnhandledMethodFilter());
            // Every application page answers at its English and French paths from the one route
            // table, and nowhere else (not at its file's default address).
            foreach (var route in Content.Site.SiteRoutes.Pages)
            {
                options.Conventions.AddPageRouteModelConvention(route.Page!, model =>
                {
                    model.Selectors.Clear();
                    foreach (var path in new[] { route.English, route.French }.Distinct(StringComparer.Ordinal))
                    {
                        model.Selectors.Add(new Microsoft.AspNetCore.Mvc.ApplicationModels.SelectorModel
                        {
                            AttributeRouteModel = new Microsoft.AspNetCore.Mvc.ApplicationModels.AttributeRouteModel { Template = path.TrimStart('/') },
                        });
                    }
                });
            }

            // Pages that search or take a form post cost more than a cached page: they share the
            // API's per-client limit (a 429 with Retry-After past it).
            foreach (var page in new[] { "/SelfCheck/SelfCheck", "/SymptomRecord/MySymptoms", "/Search/Search", "/Trials/TrialFinder" })
            {
                options.Conventions.AddPageApplicationModelConvention(page, model =>
                    model.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(RequestLimits.Api)));
            }
        });

        var metrics = WayfinderMetrics.AddTo(builder);
        CacheAwareAntiforgery.Register(services);
        services.AddOutputCache(options => options.AddPolicy(ContentCachePolicy.Name, new ContentCachePolicy(metrics)));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<ForwardedHeadersOptions>(options => ConfigureProxies(options, configuration));
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            // Only when every subdomain of the site's domain serves HTTPS: an operator's choice.
            options.IncludeSubDomains = configuration.GetValue<bool>("Hsts:IncludeSubDomains");
        });
        // The form token's cookie is Secure whenever the request came over HTTPS (directly or
        // through a trusted TLS proxy).
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddHttpsRedirection(options => options.HttpsPort = configuration.GetValue<int?>("HttpsRedirection:HttpsPort"));
        services.AddProblemDetails();
        services.AddHealthChecks()
            .AddCheck<ContentHealthCheck>("content", tags: ["ready"])
            .AddCheck<SearchHealthCheck>("search", tags: ["ready"]);
        builder.AddWayfinderDatabase();
        builder.AddWayfinderRequestLimits();
        builder.AddWayfinderScaleOut();
        return builder;
    }

    /// <summary>
    /// X-Forwarded-For and -Proto are believed only from the proxies an operator names
    /// (<c>ForwardedHeaders:KnownProxies</c>, addresses, and <c>ForwardedHeaders:KnownNetworks</c>,
    /// CIDR ranges, each separated by ';' or ','); loopback is always trusted. From anyone else
    /// they are ignored, so a client cannot pick its own address to dodge the rate limits.
    /// </summary>
    internal static void ConfigureProxies(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        static IEnumerable<string> Split(string? value) => (value ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var address in Split(configuration["ForwardedHeaders:KnownProxies"]))
        {
            options.KnownProxies.Add(System.Net.IPAddress.TryParse(address, out var ip) ? ip
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{address}' is not an IP address."));
        }

        foreach (var network in Split(configuration["ForwardedHeaders:KnownNetworks"]))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range) ? range
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR form (such as 10.0.0.0/8)."));
        }
    }

    public static WebApplication UseWayfinder(this WebApplication app)
    {
        // Never a stack trace, in any environment: errors render our own page.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            // A request Kestrel refuses (a body over the size limit...) keeps its own status, and
            // a form that cannot be read (malformed multipart, a value over the form limits) is
            // the client's error, not ours.
            StatusCodeSelector = ex => ex switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                InvalidDataException or Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        var content = app.Services.GetRequiredService<ContentStore>();
        app.Use(async (context, next) =>
        {
            if (!content.IsLoaded)
            {
                await content.Loaded.WaitAsync(context.RequestAborted);
            }

            // Nothing usable to serve: liveness and readiness still answer (readiness says why);
            // everything else gets a plain 503 page that needs no content to show.
            if (!content.IsLoaded && !context.Request.Path.StartsWithSegments("/healthz"))
            {
                await ContentUnavailable.WriteAsync(context);
                return;
            }

            await next(context);
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Behind a proxy that terminates TLS, the proxy redirects; a node that also takes plain
        // HTTP requests directly sends them to HTTPS when told its HTTPS port.
        if (app.Configuration.GetValue<int?>("HttpsRedirection:HttpsPort") is { } httpsPort)
        {
            app.UseHttpsRedirection();
        }

        app.UseWayfinderSecurityHeaders();
        app.UseContentRedirects();
        app.UseResponseCompression();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseFingerprintedAssetCaching();
        app.UseOutputCache();

        var siteSearch = app.Services.GetRequiredService<SiteSearch>();
        app.Services.GetRequiredService<WayfinderMetrics>().IndexState = () => siteSearch.State;
        var cache = app.Services.GetRequiredService<IOutputCacheStore>();
        // Only a change evicts: a node's first load must not empty the cache other nodes share,
        // but a good load that replaces the valid part of a bad first load does.
        content.Changed += change =>
        {
            if (change.Previous is not null)
            {
                cache.EvictByTagAsync(ContentCachePolicy.Tag, CancellationToken.None).AsTask().Wait();
            }
        };
        return app;
    }

    public static WebApplication MapWayfinder(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().CacheOutput(ContentCachePolicy.Name).WithStaticAssets();
        app.MapDismiss();
        app.MapDrugs();
        app.MapSelfCheck();
        app.MapTrials();
        app.MapSearch();
        app.MapFeedback();
        app.MapPrometheusScrapingEndpoint("/metrics").WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        app.MapOpenApi();
        app.MapPlatform();
        return app;
    }
}

/// <summary>
/// Starts loading the content as the host starts, alongside the web server and the database
/// check; requests that arrive first wait for it (see <see cref="UseWayfinder"/>).
/// </summary>
internal sealed class ContentStartup(ContentStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = store.LoadInBackground();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
