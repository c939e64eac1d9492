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
});
return app.Run(args);
