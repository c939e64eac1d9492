using System.Diagnostics;
using System.Text.Json;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests;

/// <summary>Every page, and the variants its components produce, is valid HTML per the Nu HTML Checker.</summary>
public sealed class HtmlValidityTests(Features.Trials.TrialFinderTests.WithTrials factory) : IClassFixture<Features.Trials.TrialFinderTests.WithTrials>
{
    private const string OldBrowser = "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko";

    [SkippableFact]
    public async Task Every_page_is_valid_html_with_zero_errors()
    {
        var missing = TestTools.Missing(TestTools.Java, "Java") ?? TestTools.Missing(TestTools.VnuJar, "The Nu HTML Checker (vnu-jar)");
        Skip.If(missing is not null, missing);

        var folder = Directory.CreateTempSubdirectory("wayfinder-html-").FullName;
        var client = factory.CreateClient();
        var pages = Repository.PagePaths().Select(p => (Path: p, Agent: (string?)null))
            .Append(("/en/cancer-types/neuroendocrine-tumours", OldBrowser))
            .Append(("/fr/types-de-cancer/tumeurs-neuroendocrines?untranslated=1", null))
            .Append(("/en/search?q=" + new string('x', 300), null))
            .Append(("/en/search?q=diarhea", null))
            .Append(("/en/search?q=cancer&page=2&type=topic&audience=patient", null))
            .Append(("/en/search?q=carcinoid&type=video", null))
            .Append(("/fr/recherche?q=lutathera", null))
            .Append(("/fr/recherche?q=NCT05594173", null))
            .Append(("/fr/recherche?q=a", null))
            .Append(("/en/clinical-trials?status=ANY&near=M5G&radiusKm=5000", null))
            .Append(("/en/clinical-trials/NCT05594173?near=Toronto", null))
            .Append(("/fr/essais-cliniques/NCT02552212", null))
            .Append(("/en/clinical-trials?age=999", null))
            .ToList();
        var files = new Dictionary<string, string>();
        foreach (var (path, agent) in pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (agent is not null)
            {
                request.Headers.UserAgent.ParseAdd(agent);
            }

            var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
            var file = Path.Combine(folder, $"page{files.Count}.html");
            await File.WriteAllTextAsync(file, html);
            files[Path.GetFileName(file)] = path + (agent is null ? "" : " (old browser)");
        }

        // The self-check's error page and result page only exist as answers to a POST.
        foreach (var (path, fields) in new[]
        {
            ("/en/self-check", new Dictionary<string, string> { ["score-pain"] = "4" }),
            ("/fr/auto-evaluation", Answers()),
            ("/en/self-check", Answers()),
        })
        {
            var form = await client.GetStringAsync(path);
            fields["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            using var content = new FormUrlEncodedContent(fields);
            var html = await (await client.PostAsync(path, content)).Content.ReadAsStringAsync();
            var file = Path.Combine(folder, $"page{files.Count}.html");
            await File.WriteAllTextAsync(file, html);
            files[Path.GetFileName(file)] = path + " (POST)";
        }

        // The symptom record and its visit summary only exist as answers to an upload.
        foreach (var (path, handler) in new[] { ("/en/my-symptoms", ""), ("/fr/mes-symptomes", ""), ("/en/my-symptoms", "?handler=summary"), ("/fr/mes-symptomes", "?handler=summary") })
        {
            var upload = Features.SymptomRecord.MySymptomsPageTests.Upload(
                ("a.json", System.Text.Encoding.UTF8.GetBytes(Features.SymptomRecord.MySymptomsPageTests.Response("2026-11-13T10:00:00-05:00", ("pain", 2), ("tiredness", 5)))),
                ("b.json", System.Text.Encoding.UTF8.GetBytes(Features.SymptomRecord.MySymptomsPageTests.Response("2026-11-27T10:00:00-05:00", ("pain", 6), ("tiredness", 2)))),
                ("bad.json", System.Text.Encoding.UTF8.GetBytes("{}")));
            var html = await (await client.PostAsync(path + handler, upload)).Content.ReadAsStringAsync();
            var file = Path.Combine(folder, $"page{files.Count}.html");
            await File.WriteAllTextAsync(file, html);
            files[Path.GetFileName(file)] = path + handler + " (POST)";
        }

        var messages = RunChecker(folder);

        var errors = messages.Select(m => $"{files.GetValueOrDefault(Path.GetFileName(new Uri(m.Url).LocalPath), m.Url)}:{m.Line}: {m.Message}").ToList();
        Assert.True(errors.Count == 0, "HTML errors:\n" + string.Join('\n', errors));
        Directory.Delete(folder, recursive: true);
    }

    private static Dictionary<string, string> Answers()
    {
        var fields = new[] { "pain", "tiredness", "drowsiness", "nausea", "appetite", "shortness-of-breath", "depression", "anxiety", "wellbeing", "sleep" }
            .ToDictionary(id => $"score-{id}", id => id == "pain" ? "7" : "2");
        fields["flag-fever"] = "yes";

        return fields;
    }

    internal static List<VnuMessage> RunChecker(string folder)
    {
        var start = new ProcessStartInfo(TestTools.Java!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var arg in new[] { "-Xss4m", "-jar", TestTools.VnuJar!, "--errors-only", "--format", "json", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var json = process.StandardError.ReadToEnd(); // vnu writes its report to stderr
        Assert.True(process.WaitForExit(180_000), "the HTML checker did not finish");
        _ = stdout.Result;
        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => new VnuMessage(
                m.TryGetProperty("url", out var url) ? url.GetString()! : "file:///unknown",
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!))
            .ToList();
    }

    internal sealed record VnuMessage(string Url, int Line, string Message);
}
