using System.Text.Encodings.Web;
using System.Text.Json;
using Wayfinder.Content.Model;

namespace Wayfinder.Web.Features.Shared;

/// <summary>
/// schema.org structured data: every content page is a MedicalWebPage; a cancer-type hub is also
/// about a MedicalCondition. The default encoder escapes '&lt;', so content can never close the
/// script element early.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string For(ContentItem item, string url, string siteName)
    {
        var page = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = item.Title,
            ["description"] = item.Summary,
            ["url"] = url,
            ["inLanguage"] = item.Lang == Languages.French ? "fr-CA" : "en-CA",
            ["lastReviewed"] = item.Reviewed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["audience"] = item.Audience switch
            {
                Audience.Provider => "https://schema.org/Clinician",
                Audience.Patient => "https://schema.org/Patient",
                _ => null,
            },
            ["isPartOf"] = new Dictionary<string, object> { ["@type"] = "WebSite", ["name"] = siteName },
            ["citation"] = item.Sources.Select(s => s.Url).ToArray(),
        };

        if (item is CancerType hub)
        {
            page["about"] = new Dictionary<string, object?>
            {
                ["@type"] = "MedicalCondition",
                ["name"] = hub.Title,
                ["alternateName"] = hub.AlsoKnownAs.Count > 0 ? hub.AlsoKnownAs.ToArray() : null,
                ["description"] = hub.Summary,
            };
        }

        foreach (var empty in page.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            page.Remove(empty);
        }

        return JsonSerializer.Serialize(page, Options);
    }
}
