namespace Wayfinder.Web.Features.Search;

/// <summary>Site search: the node's own index (built in the background) and the API, registered in one place.</summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<SiteSearch>();
        services.AddHostedService(sp => sp.GetRequiredService<SiteSearch>());
        return services;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapSearchApi();
        return app;
    }
}
