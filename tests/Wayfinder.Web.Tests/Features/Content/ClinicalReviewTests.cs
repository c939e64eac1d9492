using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Content.Reviews;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.Content;

/// <summary>
/// A clinician's sign-off is bound to the words it approved (content/reviews.yaml): a signed page
/// says who checked it and when, an edited one says it changed since, and a reader, a search
/// engine and the sitemap see the same state. Each test signs pages of its own copy of the content
/// the way <c>review sign</c> does, before the site starts.
/// </summary>
public sealed partial class ClinicalReviewTests : IDisposable
{
    private static readonly DateOnly SignedOn = new(2026, 12, 1);
    private const string Credit = "Jane Roe, RN (CNO)";

    private readonly string content = Repository.CopyContent();

    [Fact]
    public async Task A_signed_page_names_its_reviewer_and_date_to_patients_providers_search_engines_and_the_sitemap()
    {
        Sign("en/palliative-care.md", "fr/soins-palliatifs.md", "en/symptoms/pain/provider.md", "en/cancer-types/neuroendocrine-tumours/index.md");
        using var factory = new WayfinderFactory { ContentPath = content };
        var client = factory.CreateClient();

        var (_, patient) = await Html.GetAsync(client, "/en/palliative-care");
        var notice = Notice(patient, "wf-reviewed-notice");
        Assert.Equal("Reviewed by a clinician", Title(patient, notice));
        Assert.Contains($"A clinician, {Credit}, checked the health information on this page on December 1, 2026.", Words(notice), StringComparison.Ordinal);
        Assert.Contains("Your care team knows your own situation best.", Words(notice), StringComparison.Ordinal);
        Assert.NotNull(notice.QuerySelector("time[datetime='2026-12-01']"));
        Assert.Equal(("2026-12-01", Credit), (Row(patient, "Last reviewed").QuerySelector("time")!.GetAttribute("datetime"), Words(Row(patient, "Reviewed by"))));
        Assert.Contains("Reviewed by a clinician", patient.QuerySelector(".wf-footer__review")!.TextContent, StringComparison.Ordinal);
        Assert.Null(patient.QuerySelector(".wf-draft-notice, .wf-changed-notice"));
        Assert.Equal("November 24, 2026: First published on this site.", Words(patient.QuerySelector(".wf-changes li")!));

        using (var data = JsonLdOf(patient))
        {
            var root = data.RootElement;
            Assert.Equal("2026-12-01", root.GetProperty("lastReviewed").GetString());
            Assert.Equal("2026-12-01", root.GetProperty("dateModified").GetString());
            var person = root.GetProperty("reviewedBy");
            Assert.Equal(("Person", "Jane Roe", "RN"), (person.GetProperty("@type").GetString(), person.GetProperty("name").GetString(), person.GetProperty("jobTitle").GetString()));
            Assert.Equal(("Organization", "CNO"), (person.GetProperty("memberOf").GetProperty("@type").GetString(), person.GetProperty("memberOf").GetProperty("name").GetString()));
        }

        var (_, provider) = await Html.GetAsync(client, "/en/symptoms/pain/provider");
        var providerNotice = Words(Notice(provider, "wf-reviewed-notice"));
        Assert.Contains($"Clinically reviewed by {Credit} on December 1, 2026.", providerNotice, StringComparison.Ordinal);
        Assert.Contains("does not replace your clinical judgment", providerNotice, StringComparison.Ordinal);
        Assert.DoesNotContain("care team", providerNotice, StringComparison.Ordinal);

        var (_, french) = await Html.GetAsync(client, "/fr/soins-palliatifs");
        var frenchNotice = Notice(french, "wf-reviewed-notice");
        Assert.Equal("Révisée par un clinicien", Title(french, frenchNotice));
        Assert.Contains($"ont été vérifiés par {Credit}, le 1 décembre 2026.", Words(frenchNotice), StringComparison.Ordinal);
        Assert.Equal(Credit, Words(Row(french, "Révisée par")));
        Assert.Contains("Révisée par un clinicien", french.QuerySelector(".wf-footer__review")!.TextContent, StringComparison.Ordinal);

        // A sign-off is for one page in one language: the patient guide beside a signed provider guide is still a draft.
        var (_, unsigned) = await Html.GetAsync(client, "/en/symptoms/pain");
        Assert.NotNull(unsigned.QuerySelector(".wf-draft-notice"));
        Assert.Null(unsigned.QuerySelector(".wf-reviewed-notice"));
        using (var data = JsonLdOf(unsigned))
        {
            Assert.False(data.RootElement.TryGetProperty("lastReviewed", out _));
        }

        // "View all" keeps the draft notice while any part is a draft, and each part says where it stands.
        var (_, all) = await Html.GetAsync(client, "/en/cancer-types/neuroendocrine-tumours/all");
        Assert.NotNull(all.QuerySelector(".wf-draft-notice"));
        var parts = all.QuerySelectorAll(".wf-view-all__meta").Select(Words).ToList();
        Assert.Contains($"Reviewed by a clinician: {Credit}", parts[0], StringComparison.Ordinal);
        Assert.Contains("December 1, 2026", parts[0], StringComparison.Ordinal);
        Assert.All(parts.Skip(1), p => Assert.Contains("Draft: not yet reviewed by a clinician", p, StringComparison.Ordinal));

        var lastmod = await SitemapLastModAsync(client);
        Assert.Equal("2026-12-01", lastmod["/en/palliative-care"]);
        Assert.Equal("2026-12-01", lastmod["/fr/soins-palliatifs"]);
        Assert.Equal("2026-12-01", lastmod["/en/symptoms/pain/provider"]);
        Assert.Equal("2026-11-24", lastmod["/en/symptoms/pain"]);
    }

    [Fact]
    public async Task A_page_edited_after_its_sign_off_says_it_changed_with_both_dates_and_lists_what_changed_newest_first()
    {
        Sign("en/palliative-care.md", "en/symptoms/pain/provider.md");
        Rewrite("en/palliative-care.md", "The goal is to ease suffering", "The aim is to ease suffering");
        AddChanges("en/palliative-care.md",
            ("2026-11-28", "Added the list of who is on a palliative care team."),
            ("2026-12-03", "Made the sentence about the goal of palliative care shorter."));
        // A change dated the day of the sign-off cannot be shown as after it: the notice gives no date for it.
        AddChanges("en/symptoms/pain/provider.md", ("2026-12-01", "Corrected a dose in the table of opioid starting doses."));
        // A draft lists its changes too, and "View all" lists them inside the part they belong to.
        AddChanges("en/cancer-types/neuroendocrine-tumours/diagnosis.md", ("2026-12-02", "Added what a Ga-68 DOTATATE PET scan shows."));
        using var factory = new WayfinderFactory { ContentPath = content };
        var client = factory.CreateClient();

        var (_, page) = await Html.GetAsync(client, "/en/palliative-care");
        var notice = Notice(page, "wf-changed-notice");
        Assert.Equal("Changed since its clinical review", Title(page, notice));
        Assert.Contains("Changed on December 3, 2026 after its clinical review on December 1, 2026; not yet re-reviewed.", Words(notice), StringComparison.Ordinal);
        Assert.Contains("Talk to your care team before you act on what this page says.", Words(notice), StringComparison.Ordinal);
        Assert.Equal(["2026-12-03", "2026-12-01"], notice.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Null(page.QuerySelector(".wf-reviewed-notice, .wf-draft-notice"));
        Assert.DoesNotContain(page.QuerySelectorAll(".wf-review dt"), dt => dt.TextContent == "Reviewed by");
        Assert.Contains("Changed since its clinical review", page.QuerySelector(".wf-footer__review")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The aim is to ease suffering", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);

        var changes = page.QuerySelector("section.wf-changes")!;
        Assert.Equal("What changed", changes.QuerySelector("h2#what-changed")!.TextContent);
        Assert.Equal(
            ["December 3, 2026: Made the sentence about the goal of palliative care shorter.", "November 28, 2026: Added the list of who is on a palliative care team.", "November 24, 2026: First published on this site."],
            changes.QuerySelectorAll("li").Select(Words));
        Assert.Equal(["2026-12-03", "2026-11-28", "2026-11-24"], changes.QuerySelectorAll("li time").Select(t => t.GetAttribute("datetime")));
        Assert.True(page.QuerySelector(".wf-sources")!.CompareDocumentPosition(changes).HasFlag(DocumentPositions.Following), "'What changed' comes after the sources");

        using (var data = JsonLdOf(page))
        {
            Assert.False(data.RootElement.TryGetProperty("lastReviewed", out _), "a changed page must not claim its old review");
            Assert.False(data.RootElement.TryGetProperty("reviewedBy", out _));
            Assert.Equal("2026-12-03", data.RootElement.GetProperty("dateModified").GetString());
        }

        var (_, provider) = await Html.GetAsync(client, "/en/symptoms/pain/provider");
        var providerNotice = Words(Notice(provider, "wf-changed-notice"));
        Assert.Contains("Changed after its clinical review on December 1, 2026; not yet re-reviewed.", providerNotice, StringComparison.Ordinal);
        Assert.Contains("The changes have not been clinically checked.", providerNotice, StringComparison.Ordinal);
        Assert.DoesNotContain("care team", providerNotice, StringComparison.Ordinal);

        var (_, draft) = await Html.GetAsync(client, "/en/cancer-types/neuroendocrine-tumours/diagnosis");
        Assert.NotNull(draft.QuerySelector(".wf-draft-notice"));
        Assert.Equal("December 2, 2026: Added what a Ga-68 DOTATATE PET scan shows.", Words(draft.QuerySelector(".wf-changes li")!));

        var (_, all) = await Html.GetAsync(client, "/en/cancer-types/neuroendocrine-tumours/all");
        var part = all.QuerySelector("h3#nets-diagnosis--what-changed")!;
        Assert.Equal("What changed", part.TextContent);
        Assert.Equal("nets-diagnosis", part.Closest("section.wf-view-all__section")!.GetAttribute("aria-labelledby"));
        Assert.Equal("December 2, 2026: Added what a Ga-68 DOTATATE PET scan shows.", Words(part.Closest("section.wf-changes")!.QuerySelector("li")!));

        var lastmod = await SitemapLastModAsync(client);
        Assert.Equal("2026-12-03", lastmod["/en/palliative-care"]);
        Assert.Equal("2026-12-02", lastmod["/en/cancer-types/neuroendocrine-tumours/diagnosis"]);
    }

    [Fact]
    public async Task Every_shipped_page_in_both_languages_is_a_draft_that_claims_no_clinical_review()
    {
        Assert.Empty(ReviewLedger.Load(Repository.Content, []).SignOffs);
        using var factory = new WayfinderFactory();
        var client = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<ContentStore>().Current;

        // Every page, in memory: its state, the notice it gets and what its structured data says.
        Assert.Empty(snapshot.Pages.Where(p => p.Review.State != ReviewState.Draft).Select(p => p.Url));
        foreach (var item in snapshot.Pages)
        {
            using var data = JsonDocument.Parse(Wayfinder.Web.Features.Shared.JsonLd.For(item, "http://localhost" + item.Url, snapshot.Site.Name));
            Assert.False(data.RootElement.TryGetProperty("lastReviewed", out _), $"{item.Url} claims lastReviewed");
            Assert.Equal(item.LastModified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), data.RootElement.GetProperty("dateModified").GetString());
        }

        // Every content page the sitemap lists, in both languages, as a reader gets it.
        var pages = (await SitemapLastModAsync(client)).Keys.Where(path => snapshot.FindByUrl(path) is not null).ToList();
        Assert.Contains("/en/palliative-care", pages);
        Assert.Contains("/fr/soins-palliatifs", pages);
        Assert.Equal(snapshot.Pages.Count(), pages.Count);
        var problems = new List<string>();
        foreach (var path in pages)
        {
            var (_, document) = await Html.GetAsync(client, path);
            var draft = path.StartsWith("/fr/", StringComparison.Ordinal) ? "Ébauche" : "Draft";
            if (document.QuerySelector(".wf-draft-notice") is null || document.QuerySelector(".wf-reviewed-notice, .wf-changed-notice") is not null)
            {
                problems.Add($"{path}: no draft notice, or a reviewed or changed notice");
            }

            if (!document.QuerySelector(".wf-footer__review")!.TextContent.Contains(draft, StringComparison.Ordinal))
            {
                problems.Add($"{path}: the footer does not say draft");
            }

            // Every page carries its "What changed" list, starting with the day it was first published.
            if (document.QuerySelector(".wf-changes li time") is null)
            {
                problems.Add($"{path}: no 'What changed' list");
            }

            if (document.QuerySelector("script[type='application/ld+json']")!.TextContent.Contains("lastReviewed", StringComparison.Ordinal))
            {
                problems.Add($"{path}: JSON-LD claims lastReviewed");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_review_words_use_the_same_placeholders_in_both_languages_and_french_punctuation()
    {
        var site = Wayfinder.Content.Site.SiteConfig.Parse("site.yaml", File.ReadAllText(Path.Combine(Repository.Content, "site.yaml"))).Config!;
        string[] keys = ["review_status_changed", "reviewed_by", "reviewed_notice_text", "reviewed_notice_text_provider", "changed_notice_dates",
            "changed_notice_dates_undated", "changed_notice_text", "changed_notice_text_provider", "what_changed"];

        foreach (var key in keys)
        {
            Assert.Contains(key, Wayfinder.Content.Site.SiteConfig.RequiredUiKeys);
            var english = site.For(Languages.English)[key];
            var french = site.For(Languages.French)[key];
            Assert.Equal(Wayfinder.Web.Features.Shared.UiText.Placeholders(english).Order(), Wayfinder.Web.Features.Shared.UiText.Placeholders(french).Order());
            Assert.DoesNotMatch(@"[^\u00a0][:;?!]", french);
        }

        Assert.Equal(["date", "reviewer"], Wayfinder.Web.Features.Shared.UiText.Placeholders(site.For(Languages.English)["reviewed_notice_text"]).Order());
        Assert.Equal(["changed", "reviewed"], Wayfinder.Web.Features.Shared.UiText.Placeholders(site.For(Languages.French)["changed_notice_dates"]).Order());
    }

    [Fact]
    public void A_printed_page_keeps_its_review_notice_dates_and_what_changed_list()
    {
        var print = File.ReadAllText(Path.Combine(Repository.Root, "src", "Wayfinder.Web", "wwwroot", "css", "print.css"));
        var hidden = HiddenInPrint().Matches(Regex.Replace(print, @"/\*.*?\*/", "", RegexOptions.Singleline))
            .SelectMany(m => m.Groups[1].Value.Split(','))
            .Select(selector => selector.Trim())
            .ToList();

        Assert.NotEmpty(hidden);
        foreach (var part in new[] { "wf-draft-notice", "wf-reviewed-notice", "wf-changed-notice", "wf-review", "wf-changes", "wf-footer", "wf-footer__review", "wf-view-all__meta", "wf-article" })
        {
            Assert.DoesNotContain(hidden, selector => Regex.IsMatch(selector, $@"\.{part}(?![\w-])"));
        }
    }

    [Fact]
    public async Task A_malformed_ledger_saved_on_a_live_site_keeps_the_last_good_reviews_and_the_log_names_its_line()
    {
        Sign("en/palliative-care.md");
        var logs = new CapturingLogs();
        using var factory = new WayfinderFactory
        {
            ContentPath = content,
            WatchContent = true,
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(logs),
        };
        var client = factory.CreateClient();
        Assert.NotNull(Notice((await Html.GetAsync(client, "/en/palliative-care")).Document, "wf-reviewed-notice"));

        // The watcher is live: a good sign-off saved now shows on its page.
        var ledger = Path.Combine(content, ReviewLedger.FileName);
        Save(ledger, Signed(File.ReadAllText(ledger), "en/symptoms/pain/provider.md"));
        Assert.True(await EventuallyAsync(async () => (await Html.GetAsync(client, "/en/symptoms/pain/provider")).Document.QuerySelector(".wf-reviewed-notice") is not null),
            "a sign-off saved while the site runs should show without a restart");

        // Then a hand edit breaks the ledger: a date that is not a date.
        var lines = Signed(File.ReadAllText(ledger), "en/symptoms/pain.md").Split('\n');
        var badLine = Array.FindLastIndex(lines, l => l.StartsWith("    date: ", StringComparison.Ordinal)) + 1;
        lines[badLine - 1] = "    date: 2026-12-32";
        var seen = logs.Messages.Count;
        Save(ledger, string.Join('\n', lines));

        Assert.True(await EventuallyAsync(() => Task.FromResult(logs.Messages.Skip(seen).Any(m => m.Contains($"reviews.yaml:{badLine}:", StringComparison.Ordinal)))),
            $"the reload should log the ledger's problem at reviews.yaml:{badLine}; got:\n{string.Join('\n', logs.Messages.Skip(seen))}");
        Assert.Contains(logs.Messages.Skip(seen), m => m.Contains("keeping the last good content", StringComparison.Ordinal));
        foreach (var path in new[] { "/en/palliative-care", "/en/symptoms/pain/provider" })
        {
            var (_, document) = await Html.GetAsync(client, path);
            Assert.Contains(Credit, Words(Notice(document, "wf-reviewed-notice")), StringComparison.Ordinal);
        }

        Assert.NotNull((await Html.GetAsync(client, "/en/symptoms/pain")).Document.QuerySelector(".wf-draft-notice"));
        var store = factory.Services.GetRequiredService<ContentStore>();
        Assert.Equal(ReviewState.Reviewed, store.Current.FindByUrl("/en/palliative-care")!.Review.State);
        Assert.DoesNotContain(store.Current.Diagnostics, d => d.BlocksServing);
    }

    [SkippableFact]
    public async Task Pages_with_each_review_notice_and_a_what_changed_list_are_valid_html()
    {
        var missing = TestTools.Missing(TestTools.Java, "Java") ?? TestTools.Missing(TestTools.VnuJar, "The Nu HTML Checker (vnu-jar)");
        Skip.If(missing is not null, missing);
        Sign("en/palliative-care.md", "fr/soins-palliatifs.md", "en/symptoms/pain/provider.md", "en/cancer-types/neuroendocrine-tumours/index.md");
        AddChanges("fr/soins-palliatifs.md", ("2026-12-03", "Ajout des personnes qui font partie d'une équipe de soins palliatifs."));
        AddChanges("en/cancer-types/neuroendocrine-tumours/diagnosis.md", ("2026-12-02", "Added what a Ga-68 DOTATATE PET scan shows."));
        using var factory = new WayfinderFactory { ContentPath = content };
        var client = factory.CreateClient();
        var folder = Directory.CreateTempSubdirectory("wayfinder-review-html-").FullName;
        string[] pages = ["/en/palliative-care", "/fr/soins-palliatifs", "/en/symptoms/pain/provider", "/en/cancer-types/neuroendocrine-tumours",
            "/en/cancer-types/neuroendocrine-tumours/diagnosis", "/en/cancer-types/neuroendocrine-tumours/all"];

        var files = new Dictionary<string, string>();
        foreach (var path in pages)
        {
            var file = $"page{files.Count}.html";
            await File.WriteAllTextAsync(Path.Combine(folder, file), await client.GetStringAsync(path));
            files[file] = path;
        }

        var html = File.ReadAllText(Path.Combine(folder, "page1.html"));
        Assert.Contains("wf-changed-notice", html, StringComparison.Ordinal);
        Assert.Contains("wf-reviewed-notice", File.ReadAllText(Path.Combine(folder, "page0.html")), StringComparison.Ordinal);
        var errors = HtmlValidityTests.RunChecker(folder).Select(m => $"{files.GetValueOrDefault(Path.GetFileName(new Uri(m.Url).LocalPath), m.Url)}:{m.Line}: {m.Message}").ToList();
        Assert.True(errors.Count == 0, "HTML errors:\n" + string.Join('\n', errors));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_static_export_of_a_signed_and_a_changed_page_carries_the_same_notices_as_the_live_site()
    {
        Sign("en/palliative-care.md", "fr/soins-palliatifs.md");
        AddChanges("fr/soins-palliatifs.md", ("2026-12-03", "Ajout des personnes qui font partie d'une équipe de soins palliatifs."));
        using var factory = new WayfinderFactory { ContentPath = content };
        factory.UseKestrel(0);
        factory.StartServer();
        var folder = Directory.CreateTempSubdirectory("wayfinder-review-export-").FullName;
        try
        {
            var (exit, output) = Cli.Run(new Dictionary<string, string>(), "export", folder, "--site", factory.ClientOptions.BaseAddress.ToString());
            Assert.True(exit == 0, output);

            foreach (var (path, kind) in new[] { ("/en/palliative-care", "wf-reviewed-notice"), ("/fr/soins-palliatifs", "wf-changed-notice") })
            {
                var (_, live) = await Html.GetAsync(factory.CreateClient(), path);
                var exported = await Html.ParseAsync(await File.ReadAllTextAsync(Path.Combine(folder, path.TrimStart('/'), "index.html")));
                AssertSameReviewState(live, exported, kind);
            }

            var changes = (await Html.ParseAsync(await File.ReadAllTextAsync(Path.Combine(folder, "fr", "soins-palliatifs", "index.html")))).QuerySelector(".wf-changes li")!;
            Assert.Equal("3 décembre 2026\u00a0: Ajout des personnes qui font partie d'une équipe de soins palliatifs.", Words(changes));
            XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
            var entry = XDocument.Load(Path.Combine(folder, "sitemap.xml")).Root!.Elements(sitemap + "url")
                .Single(u => u.Element(sitemap + "loc")!.Value.EndsWith("/en/palliative-care", StringComparison.Ordinal));
            Assert.Equal("2026-12-01", entry.Element(sitemap + "lastmod")!.Value);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Two_nodes_reading_the_same_content_show_the_same_review_state()
    {
        Sign("en/palliative-care.md", "en/end-of-life-care.md");
        AddChanges("en/end-of-life-care.md", ("2026-12-03", "Added what to ask about care at home."));
        using var nodeA = new WayfinderFactory { ContentPath = content };
        using var nodeB = new WayfinderFactory { ContentPath = content };

        foreach (var (path, kind) in new[] { ("/en/palliative-care", "wf-reviewed-notice"), ("/en/end-of-life-care", "wf-changed-notice"), ("/en/symptoms/pain", "wf-draft-notice") })
        {
            var (_, a) = await Html.GetAsync(nodeA.CreateClient(), path);
            var (_, b) = await Html.GetAsync(nodeB.CreateClient(), path);
            AssertSameReviewState(a, b, kind);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(content, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Appends a sign-off of each page by Jane Roe on December 1, as <c>review sign</c> does.</summary>
    private void Sign(params string[] pages)
    {
        var ledger = Path.Combine(content, ReviewLedger.FileName);
        var text = File.ReadAllText(ledger);
        foreach (var page in pages)
        {
            text = Signed(text, page);
        }

        File.WriteAllText(ledger, text);
    }

    private string Signed(string ledger, string page)
    {
        var source = File.ReadAllText(Path.Combine(content, page));
        return ReviewLedger.Append(ledger, new SignOff(page, "Jane Roe", "RN", "CNO", SignedOn, SourceHash.Of(source), ChangesListed: ChangeLines().Count(source)));
    }

    /// <summary>An editor's change to the words of a page.</summary>
    private void Rewrite(string page, string sentence, string replacement)
    {
        var path = Path.Combine(content, page);
        var text = File.ReadAllText(path);
        Assert.Contains(sentence, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(sentence, replacement, StringComparison.Ordinal));
    }

    /// <summary>The "What changed" lines an editor adds to the front matter (which also changes the page's source).</summary>
    private void AddChanges(string page, params (string Date, string Note)[] changes)
    {
        var path = Path.Combine(content, page);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var entries = string.Concat(changes.Select(c => $"  - date: {c.Date}\n    note: \"{c.Note}\"\n"));
        // Shipped pages start their list with the day they were first published; new lines go at its end.
        var at = text.IndexOf("\nchanges:\n", StringComparison.Ordinal);
        File.WriteAllText(path, at >= 0
            ? text[..(text.IndexOf("\nsources:\n", at, StringComparison.Ordinal) + 1)] + entries + text[(text.IndexOf("\nsources:\n", at, StringComparison.Ordinal) + 1)..]
            : SourcesField().Replace(text, "changes:\n" + entries + "sources:\n", 1));
    }

    /// <summary>Replaces a file in one step, as an editor's save does, so a reload never reads half of it.</summary>
    private static void Save(string path, string text)
    {
        var temporary = Path.Combine(Path.GetTempPath(), "wayfinder-ledger-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Two copies of a page (two nodes, or the site and its export) say the same about its review:
    /// the notice, the dates and reviewer, the footer and the structured data.</summary>
    private static void AssertSameReviewState(IDocument one, IDocument other, string kind)
    {
        Assert.Equal(Notice(one, kind).OuterHtml, Notice(other, kind).OuterHtml);
        Assert.Equal(one.QuerySelector(".wf-review")!.OuterHtml, other.QuerySelector(".wf-review")!.OuterHtml);
        Assert.Equal(one.QuerySelector(".wf-footer__review")!.OuterHtml, other.QuerySelector(".wf-footer__review")!.OuterHtml);
        Assert.Equal(one.QuerySelector("script[type='application/ld+json']")!.TextContent, other.QuerySelector("script[type='application/ld+json']")!.TextContent);
    }

    private static IElement Notice(IDocument document, string kind)
    {
        var notices = document.QuerySelectorAll(".wf-draft-notice, .wf-reviewed-notice, .wf-changed-notice").ToList();
        Assert.True(notices.Count == 1, $"expected one review notice, found {notices.Count}");
        Assert.True(notices[0].ClassList.Contains(kind), $"expected the {kind}, found {notices[0].ClassName}");
        Assert.Equal("note", notices[0].GetAttribute("role"));
        return notices[0];
    }

    /// <summary>The notice's accessible name: the text of the element that labels it.</summary>
    private static string Title(IDocument document, IElement notice) =>
        Words(document.GetElementById(notice.GetAttribute("aria-labelledby")!)!);

    /// <summary>The value of a row of the review details ("Last reviewed", "Reviewed by").</summary>
    private static IElement Row(IDocument document, string label) =>
        document.QuerySelectorAll(".wf-review dt").Single(dt => dt.TextContent == label).NextElementSibling!;

    private static string Words(IElement element) => Whitespace().Replace(element.TextContent, " ").Trim();

    private static JsonDocument JsonLdOf(IDocument document) =>
        JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);

    private static async Task<Dictionary<string, string>> SitemapLastModAsync(HttpClient client)
    {
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        return xml.Root!.Elements(sitemap + "url")
            .Where(u => u.Element(sitemap + "lastmod") is not null)
            .ToDictionary(u => new Uri(u.Element(sitemap + "loc")!.Value).AbsolutePath, u => u.Element(sitemap + "lastmod")!.Value);
    }

    /// <summary>Up to 30 s: a reload builds the whole snapshot and search index again on a loaded machine.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    /// <summary>Spaces and line breaks of the markup; a non-breaking space is a character of the words (French typography).</summary>
    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Whitespace();

    /// <summary>The selectors of each print rule that hides what it matches.</summary>
    [GeneratedRegex(@"([^{}]+)\{[^}]*display:\s*none", RegexOptions.Singleline)]
    private static partial Regex HiddenInPrint();

    [GeneratedRegex(@"^sources:\n", RegexOptions.Multiline)]
    private static partial Regex SourcesField();

    /// <summary>The entries of a page's "What changed" list: the only front matter lines that start "  - date:".</summary>
    [GeneratedRegex(@"^  - date: ", RegexOptions.Multiline)]
    private static partial Regex ChangeLines();
}

