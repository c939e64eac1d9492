using Wayfinder.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddWayfinder();

var app = builder.Build();
app.UseWayfinder();
app.MapWayfinder();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
