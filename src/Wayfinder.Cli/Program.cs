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
    config.AddCommand<ExportCommand>("export")
        .WithDescription("Write the whole read-only site (both languages, assets, sitemap) as static files for a CDN or web server.")
        .WithExample("export", "site-copy")
        .WithExample("export", "site-copy", "--site", "http://127.0.0.1:5080");
    config.AddCommand<ReindexCommand>("reindex")
        .WithDescription("Build the search index from the content and the database, report what it holds, and have every running site rebuild its own.")
        .WithExample("reindex");
    config.AddBranch("review", review =>
    {
        review.SetDescription("Clinical sign-off: which pages a clinician has approved, as they are now (content/reviews.yaml).");
        review.AddCommand<Wayfinder.Cli.Commands.Review.ReviewPendingCommand>("pending")
            .WithDescription("Pages changed since their review (with a diff against the approved text, from git), reviews due, and pages never reviewed.")
            .WithExample("review", "pending")
            .WithExample("review", "pending", "/en/palliative-care");
        review.AddCommand<Wayfinder.Cli.Commands.Review.ReviewSignCommand>("sign")
            .WithDescription("Record a clinician's approval of a page as it is now. Refuses a page with check errors.")
            .WithExample("review", "sign", "en/palliative-care.md", "--reviewer", "\"Jane Roe\"", "--role", "RN", "--licence", "CNO");
        review.AddCommand<Wayfinder.Cli.Commands.Review.ReviewReportCommand>("report")
            .WithDescription("The editor's dashboard: pages by review state in each language, then every page, longest waiting first.")
            .WithExample("review", "report")
            .WithExample("review", "report", ">", "review-report.txt");
    });
    config.AddBranch("feedback", feedback =>
    {
        feedback.SetDescription("What readers answered to \"Was this page helpful?\".");
        feedback.AddCommand<FeedbackReportCommand>("report")
            .WithDescription("Answers per page, most \"no\" first, with the latest comments.")
            .WithExample("feedback", "report", "--days", "30");
    });
    config.AddBranch("drugs", drugs =>
    {
        drugs.SetDescription("Canadian drug product data.");
        drugs.AddCommand<ImportDpdCommand>("import-dpd")
            .WithDescription("Import Health Canada's Drug Product Database extract (allfiles.zip): cancer-related marketed products, in one transaction.")
            .WithExample("drugs", "import-dpd", "allfiles.zip");
    });
    config.AddBranch("trials", trials =>
    {
        trials.SetDescription("Clinical trials from ClinicalTrials.gov (API v2).");
        trials.AddCommand<ImportTrialsCommand>("import")
            .WithDescription("Import v2 studies from a file (single study, studies[] page, or NDJSON) or a folder; upserts by NCT id in one transaction.")
            .WithExample("trials", "import", "studies.ndjson");
        trials.AddCommand<SyncTrialsCommand>("sync")
            .WithDescription("Fetch trials from the live ClinicalTrials.gov API v2, page by page, with rate limiting, retries and resume.")
            .WithExample("trials", "sync")
            .WithExample("trials", "sync", "--condition", "\"breast cancer\"", "--country", "Canada");
    });
    config.AddBranch("geo", geo =>
    {
        geo.SetDescription("Geographic reference data.");
        geo.AddCommand<ImportGeoCommand>("import")
            .WithDescription("Import Canadian postal area (FSA) centres from a CSV, so trial searches accept a postal code.")
            .WithExample("geo", "import", "ca_fsa_centroids.csv");
    });
});
return app.Run(args);
