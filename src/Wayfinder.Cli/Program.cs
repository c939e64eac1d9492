using Spectre.Console.Cli;
using Wayfinder.Cli.Commands;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("wayfinder");
    config.AddCommand<CheckCommand>("check")
        .WithDescription("Validate all content: front matter, links, translations and review dates. Prints path:line: message; exits 1 on errors.")
        .WithExample("check")
        .WithExample("check", "--content", "content", "--today", "2026-11-24");
    config.AddBranch("drugs", drugs =>
    {
        drugs.SetDescription("Canadian drug product data.");
        drugs.AddCommand<ImportDpdCommand>("import-dpd")
            .WithDescription("Import Health Canada's Drug Product Database extract (allfiles.zip): cancer-related marketed products, in one transaction.")
            .WithExample("drugs", "import-dpd", "allfiles.zip");
    });
});
return app.Run(args);
