using System.Net;
using System.Text.RegularExpressions;

namespace Wayfinder.Web.Tests;

/// <summary>
/// The self-check form as a browser fills it: its antiforgery token, its cookie, and an answer
/// (0, and "no" to every danger sign) for every field, which a test may change.
/// </summary>
public sealed partial record SelfCheckForm(Dictionary<string, string> Fields, string Cookie)
{
    public static async Task<SelfCheckForm> GetAsync(HttpClient client, string path = "/en/self-check")
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies) ? string.Join("; ", cookies.Select(c => c.Split(';')[0])) : "";
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value };
        foreach (var name in FieldName().Matches(html).Select(m => m.Groups[1].Value))
        {
            fields[name] = name.StartsWith("flag-", StringComparison.Ordinal) ? "no" : "0";
        }

        return new SelfCheckForm(fields, cookie);
    }

    /// <summary>Posts the form with its cookie, for clients that do not keep cookies (another node).</summary>
    public async Task<HttpStatusCode> PostAsync(HttpClient client, string path = "/en/self-check")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(Fields) };
        if (Cookie.Length > 0) // empty when the client already holds the cookie from an earlier visit
        {
            request.Headers.Add("Cookie", Cookie);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"((?:score|flag)-[a-z-]+)\"")]
    private static partial Regex FieldName();
}
