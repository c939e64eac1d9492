using Wayfinder.Content.Questionnaires;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Robustness;

/// <summary>
/// Hundreds of generated bad requests (DESIGN section 7): overlong and binary query strings,
/// invalid UTF-8, path traversal, huge and malformed JSON and FHIR bodies, negative and huge
/// numbers, wrong content types and missing antiforgery tokens. None may produce a 500, a
/// stack trace, or the contents of a file outside the site. The generator is seeded, so a
/// failure names a request that can be replayed.
/// </summary>
public sealed partial class FuzzTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    private const int Seed = 20261125;

    private static readonly string[] Pages =
    [
        "/en/search", "/fr/recherche", "/api/search", "/api/suggest", "/api/trials", "/en/clinical-trials", "/fr/essais-cliniques",
        "/en/self-check", "/en/drugs", "/en/drugs/octreotide", "/en/symptoms/pain", "/en/cancer-types/neuroendocrine-tumours",
        "/en/glossary", "/fhir/Questionnaire/esas-r", "/en/drugs/octreotide/pdf", "/api/trials/NCT05594173",
    ];

    private static readonly string[] Parameters = ["q", "lang", "type", "audience", "page", "near", "radiusKm", "age", "sex", "phase", "status", "condition", "audience"];

    private static readonly string[] Traversals =
    [
        "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/en/..%2f..%2f..%2fetc%2fpasswd", "/css/..%2f..%2fappsettings.json",
        "/..%5c..%5cappsettings.json", "/en/drugs/..%2f..%2f..%2fProgram.cs", "/lib/%2e%2e%2f%2e%2e%2fwayfinder.db", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/en/%00", "/en/drugs/%00octreotide", "/App_Data/wayfinder.db", "/appsettings.json", "/en/cancer-types/..%252f..%252fetc%252fpasswd",
        "/fr/medicaments/....//....//etc/passwd", "/en/symptoms/%2e%2e", "/en/drugs/octreotide/pdf/../../../../etc/passwd",
    ];

    [Fact]
    public async Task Three_hundred_and_more_generated_bad_requests_never_get_a_500_a_stack_trace_or_a_file_from_outside()
    {
        var random = new Random(Seed);
        var requests = new List<Func<HttpRequestMessage>>();
        for (var i = 0; i < 160; i++)
        {
            var page = Pages[random.Next(Pages.Length)];
            var query = string.Join('&', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Parameters[random.Next(Parameters.Length)] + "=" + BadValue(random)));
            requests.Add(() => new HttpRequestMessage(HttpMethod.Get, page + "?" + query));
        }

        requests.AddRange(Traversals.Select(path => (Func<HttpRequestMessage>)(() => new HttpRequestMessage(HttpMethod.Get, path))));
        for (var i = 0; i < 80; i++)
        {
            var (body, type) = BadBody(random);
            requests.Add(() => new HttpRequestMessage(HttpMethod.Post, "/api/self-check") { Content = new ByteArrayContent(body) { Headers = { { "Content-Type", type } } } });
        }

        for (var i = 0; i < 40; i++)
        {
            var fields = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => new KeyValuePair<string, string>(
                random.Next(2) == 0 ? "score-pain" : "flag-" + BadValue(random), BadValue(random))).ToList();
            var path = random.Next(3) switch { 0 => "/en/self-check", 1 => "/fr/auto-evaluation", _ => "/preferences/dismiss" };
            requests.Add(() => new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) });
        }

        for (var i = 0; i < 30; i++)
        {
            var method = new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options, HttpMethod.Head }[random.Next(5)];
            var path = Pages[random.Next(Pages.Length)];
            requests.Add(() => new HttpRequestMessage(method, path));
        }

        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var failures = new List<string>();
        foreach (var make in requests)
        {
            using var request = make();
            var described = $"{request.Method} {request.RequestUri}";
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request);
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("null characters", StringComparison.Ordinal))
            {
                continue; // the test host refuses it before the site, as Kestrel does with a 400
            }

            using var _ = response;
            var text = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode}: {described}");
            }
            else if (StackTrace().IsMatch(text) || text.Contains("root:x:0:0", StringComparison.Ordinal) || text.Contains("\"ConnectionStrings\"", StringComparison.Ordinal))
            {
                failures.Add($"leak: {described}");
            }
        }

        Assert.True(requests.Count >= 300, $"only {requests.Count} requests");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>A query-string value that is wrong in one of many ways, already URL-encoded.</summary>
    private static string BadValue(Random random) => random.Next(12) switch
    {
        0 => new string('a', 5000 + random.Next(5000)),
        1 => string.Concat(Enumerable.Range(0, 20).Select(_ => "%" + random.Next(256).ToString("X2", System.Globalization.CultureInfo.InvariantCulture))),
        2 => "%C3%28%A0%A1%E2%82%28%F0%28%8C%BC", // invalid UTF-8 sequences
        3 => "-" + random.Next(int.MaxValue),
        4 => "99999999999999999999999999",
        5 => "1e309",
        6 => "NaN",
        7 => Uri.EscapeDataString("title:(a OR b)* \"unbalanced ~^\\ [x TO y]"),
        8 => Uri.EscapeDataString("<script>alert(1)</script>"),
        9 => "%00%01%02%1B%7F",
        10 => Uri.EscapeDataString("../../../../etc/passwd"),
        _ => "",
    };

    /// <summary>A self-check body that is wrong in one of many ways, with a content type to match or not.</summary>
    private static (byte[] Body, string Type) BadBody(Random random)
    {
        string json = random.Next(10) switch
        {
            0 => new string('[', 20000) + new string(']', 20000),
            1 => "{\"lang\":\"en\",\"scores\":{" + string.Join(',', Enumerable.Range(0, 5000).Select(i => $"\"s{i}\":1")) + "}}",
            2 => "{\"lang\":\"en\",\"scores\":{\"pain\":-" + random.Next(int.MaxValue) + "}}",
            3 => "{\"lang\":\"en\",\"scores\":{\"pain\":1e309}}",
            4 => "{\"lang\":\"en\",\"scores\":{\"pain\":\"seven\"},\"redFlags\":{\"fever\":\"yes\"}}",
            5 => "{\"resourceType\":\"QuestionnaireResponse\",\"item\":[{\"linkId\":\"pain\",\"answer\":[{\"valueInteger\":99999999999}]}]}",
            6 => "{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"x\"}]}",
            7 => "{\"lang\":",
            8 => "null",
            _ => Encoding.Latin1.GetString(Enumerable.Range(0, 500).Select(_ => (byte)random.Next(256)).ToArray()),
        };
        var type = random.Next(5) switch
        {
            0 => "application/fhir+json",
            1 => "text/plain",
            2 => "multipart/form-data; boundary=x",
            3 => "application/json; charset=utf-16",
            _ => "application/json",
        };
        var bytes = random.Next(8) == 0 ? [0xC3, 0x28, 0xFF, 0xFE, 0x00] : Encoding.UTF8.GetBytes(json);
        return (bytes, type);
    }

    [GeneratedRegex(@"\bat [\w.]+\(.*\) in |System\.[A-Za-z.]+Exception|   at Microsoft\.|/work/|\.cs:line \d+")]
    private static partial Regex StackTrace();
}
