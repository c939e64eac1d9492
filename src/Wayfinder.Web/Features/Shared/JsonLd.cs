using System.Text.Encodings.Web;
using System.Text.Json;
using Wayfinder.Content.Model;

namespace Wayfinder.Web.Features.Shared;

/// <summary>
/// schema.org structured data: every content page is a MedicalWebPage; a cancer-type hub is also
/// about a MedicalCondition. It claims <c>lastReviewed</c> and <c>reviewedBy</c> only while the
/// page's words are the ones a clinician signed off; <c>dateModified</c> is always given. The
/// default encoder escapes '&lt;', so content can never close the script element early.
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
        var reviewed = item.Review.State == ReviewState.Reviewed ? item.Review.Latest : null;
        var page = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = item.Title,
            ["description"] = item.Summary,
            ["url"] = url,
            ["inLanguage"] = item.Lang == Languages.French ? "fr-CA" : "en-CA",
            // Only a clinician's sign-off that still matches the page's words is a review to claim.
            ["lastReviewed"] = reviewed is null ? null : Day(reviewed.Date),
            ["reviewedBy"] = reviewed is null ? null : new Dictionary<string, object>
            {
                ["@type"] = "Person",
                ["name"] = reviewed.Reviewer,
                ["jobTitle"] = reviewed.Role,
                ["memberOf"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = reviewed.Licence },
            },
            ["dateModified"] = Day(item.LastModified),
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

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
