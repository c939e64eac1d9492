namespace Wayfinder.Web.Features.SelfCheck;

/// <summary>The symptom self-check: its services and endpoints, registered in one place.</summary>
public static class SelfCheckFeature
{
    public static IServiceCollection AddSelfCheck(this IServiceCollection services)
    {
        services.AddSingleton<SelfCheckService>();
        return services;
    }

    public static IEndpointRouteBuilder MapSelfCheck(this IEndpointRouteBuilder app)
    {
        app.MapSelfCheckApi();
        return app;
    }
}
