namespace Wayfinder.Web.Features.Drugs;

/// <summary>Drug sheets: their services and endpoints, registered in one place.</summary>
public static class DrugsFeature
{
    public static IServiceCollection AddDrugs(this IServiceCollection services)
    {
        services.AddScoped<DrugProducts>();
        services.AddSingleton<DrugBrands>();
        services.AddScoped<DrugPages>();
        return services;
    }

    public static IEndpointRouteBuilder MapDrugs(this IEndpointRouteBuilder app)
    {
        app.MapDrugPdf();
        return app;
    }
}
