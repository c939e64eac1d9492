using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Robustness;

/// <summary>The self-check stores and logs nothing a person enters (DESIGN section 7).</summary>
public sealed partial class PrivacyTests : IDisposable
{
    private readonly CapturingLogs logs = new();
    private readonly WayfinderFactory factory;

    public PrivacyTests()
    {
        factory = new WayfinderFactory
        {
            Environment = "Development", // the most talkative logging
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(logs),
        };
    }

    [Fact]
    public async Task A_self_check_leaves_no_trace_of_its_answers_in_any_log_or_database_table()
    {
        var client = factory.CreateClient();
        await factory.Services.GetRequiredService<Wayfinder.Web.Infrastructure.DatabaseMigration>().EnsureAsync();
        // The site's own start-up writing (which terms trials are tagged with) is done first.
        await factory.Services.GetRequiredService<Wayfinder.Web.Features.Trials.TrialTagging>().FirstPass.WaitAsync(TimeSpan.FromSeconds(30));
        var before = await DatabaseTextAsync();

        // A distinctive answer, sent through the form and through both API formats.
        var form = (await SelfCheckForm.GetAsync(client)).Fields;
        form["flag-fever"] = "yes";
        form["score-pain"] = "7";
        form["score-tiredness"] = "3";
        form["score-nausea"] = "9";
        var page = await client.PostAsync("/en/self-check", new FormUrlEncodedContent(form));
        var json = await client.PostAsync("/api/self-check", new StringContent(
            "{\"lang\":\"en\",\"scores\":{\"pain\":7,\"tiredness\":3,\"nausea\":9},\"redFlags\":{\"fever\":true}}", Encoding.UTF8, "application/json"));
        var fhir = await client.PostAsync("/api/self-check", new StringContent(
            "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"pain\",\"answer\":[{\"valueInteger\":7}]},{\"linkId\":\"nausea\",\"answer\":[{\"valueInteger\":9}]}]}",
            Encoding.UTF8, "application/fhir+json"));
        var after = await DatabaseTextAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        Assert.Equal(before, after);
        Assert.NotEmpty(logs.Messages);
        var leaks = logs.Messages.Where(m => Answer().IsMatch(m)).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    [Fact]
    public async Task A_symptom_record_upload_leaves_no_file_log_line_cache_entry_metric_or_row_with_its_answers()
    {
        var client = factory.CreateClient();
        await factory.Services.GetRequiredService<Wayfinder.Web.Infrastructure.DatabaseMigration>().EnsureAsync();
        await factory.Services.GetRequiredService<Wayfinder.Web.Features.Trials.TrialTagging>().FirstPass.WaitAsync(TimeSpan.FromSeconds(30));
        var before = await DatabaseTextAsync();
        // ASP.NET's own form reader spills an uploaded file over 64 KB to a temporary file
        // (tmpXXXXXX.tmp in the temporary folder) and deletes it after the request, so a watcher,
        // not a later look, can see it.
        var spilled = new ConcurrentQueue<string>();
        using var watcher = new FileSystemWatcher(Environment.GetEnvironmentVariable("ASPNETCORE_TEMP") is { Length: > 0 } folder ? folder : Path.GetTempPath(), "*.tmp");
        watcher.Created += (_, e) => spilled.Enqueue(e.FullPath);
        watcher.EnableRaisingEvents = true;

        // Files larger than the 64 KB at which ASP.NET's own form reader would spill to a temporary
        // file: the record's reader must keep them in memory. Padding is allowed JSON whitespace.
        var padding = new string(' ', 100 * 1024);
        MultipartFormDataContent Upload() => Wayfinder.Web.Tests.Features.SymptomRecord.MySymptomsPageTests.Upload(
            ("pain-diary.json", Encoding.UTF8.GetBytes(Wayfinder.Web.Tests.Features.SymptomRecord.MySymptomsPageTests.Response("2026-11-20T10:00:00Z", ("pain", 7), ("nausea", 9)) + padding)),
            ("second.json", Encoding.UTF8.GetBytes(Wayfinder.Web.Tests.Features.SymptomRecord.MySymptomsPageTests.Response("2026-11-27T10:00:00Z", ("pain", 7), ("nausea", 9)) + padding)));

        // The control: the same upload to an endpoint that reads forms the usual way is seen spilling,
        // so the watcher can see what it is asked to rule out.
        await client.PostAsync("/feedback", Upload());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (spilled.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.False(spilled.IsEmpty, "the watcher did not see the form reader's temporary file, so it cannot prove the record writes none");
        await Task.Delay(500);
        spilled.Clear();

        var page = await client.PostAsync("/en/my-symptoms", Upload());
        await Task.Delay(1000);
        Assert.True(spilled.IsEmpty, "the record's upload was written to a temporary file: " + string.Join(", ", spilled));
        var html = await page.Content.ReadAsStringAsync();
        var summary = new MultipartFormDataContent();
        foreach (Match hidden in HiddenResult().Matches(html))
        {
            summary.Add(new StringContent(System.Net.WebUtility.HtmlDecode(hidden.Groups[1].Value)), "result");
        }

        var printed = await client.PostAsync("/en/my-symptoms?handler=summary", summary);
        var again = await client.GetStringAsync("/en/my-symptoms");
        var metrics = await client.GetStringAsync("/metrics");
        var after = await DatabaseTextAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("2 results, from November 20, 2026 to November 27, 2026", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal("no-store", printed.Headers.CacheControl?.ToString());
        // The record page a later visitor gets (from the output cache or not) holds nothing of it.
        Assert.DoesNotContain("pain-diary", again, StringComparison.Ordinal);
        Assert.DoesNotContain("November 20", again, StringComparison.Ordinal);
        Assert.DoesNotContain("pain-diary", metrics, StringComparison.Ordinal);
        Assert.False(Answer().IsMatch(metrics), "a metric carries an answer");
        Assert.Equal(before, after);
        var leaks = logs.Messages.Where(m => Answer().IsMatch(m) || m.Contains("pain-diary", StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    [GeneratedRegex(@"<input type=""hidden"" name=""result"" value=""([^""]*)""")]
    private static partial Regex HiddenResult();

    /// <summary>Every row of every table of the site's database, as text.</summary>
    private async Task<string> DatabaseTextAsync()
    {
        await using var db = factory.OpenDatabase();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = factory.DatabaseProvider == "sqlite"
                ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("PageFeedback", tables);
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetValue(i)).Append('|');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    /// <summary>Any sign of the answers: a score with its value, a red flag, or a body.</summary>
    [GeneratedRegex(@"score-|""scores""|valueInteger|pain\W{1,3}7|nausea\W{1,3}9|flag-fever|""fever""", RegexOptions.IgnoreCase)]
    private static partial Regex Answer();

    public void Dispose() => factory.Dispose();
}

/// <summary>Rate limits on the APIs (DESIGN section 7).</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly WayfinderFactory factory = new() { Settings = new Dictionary<string, string> { ["RateLimits:ApiRequestsPerMinute"] = "5" } };

    [Fact]
    public async Task Too_many_api_requests_get_a_429_with_retry_after_while_pages_keep_serving()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync("/api/suggest?q=oct")).StatusCode);
        }

        var refused = await client.GetAsync("/api/search?q=fatigue");
        var page = await client.GetAsync("/en/cancer-types/neuroendocrine-tumours");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Try again in", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    public void Dispose() => factory.Dispose();
}
