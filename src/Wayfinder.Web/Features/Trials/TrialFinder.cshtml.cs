using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Trials;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Trials;

/// <summary><c>/en/clinical-trials</c>: the finder, a GET form that works without JavaScript.</summary>
public sealed class TrialFinderModel(PageChromeFactory chromeFactory, TrialSearch search, CancerTypeCatalog catalog) : WayfinderPageModel
{
    public TrialQuery Query { get; private set; } = new();
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public TrialResults? Results { get; private set; }
    public bool NoTrialsLoaded { get; private set; }
    public bool DatabaseDown { get; private set; }
    public string Lang { get; private set; } = Languages.English;

    /// <summary>The cancer types the finder can filter by, in the page's language.</summary>
    public IReadOnlyList<CancerType> CancerTypes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Lang = RequestLanguage;
        var text = chromeFactory.Snapshot.Site.For(Lang);
        Chrome = chromeFactory.Create(HttpContext, Lang, text["trials_title"], text["trials_intro"],
            alternatePath: Wayfinder.Content.Site.SiteRoutes.TrialFinder.Path(Languages.Other(Lang)) + Request.QueryString, noIndex: Request.Query.Count > 0);
        (Query, var problems) = TrialQueryParser.Parse(Request.Query, catalog);
        // The API names fields as its parameters; the page names them in words, in its language.
        Errors = problems.ToDictionary(p => p.Key, p => new[] { text[$"trials_error_{p.Key}"] });
        CancerTypes = chromeFactory.Snapshot.CancerTypes(Lang);
        try
        {
            NoTrialsLoaded = !await search.AnyAsync(cancellation);
            if (Errors.Count == 0 && !NoTrialsLoaded)
            {
                Results = await search.SearchAsync(Query, cancellation);
            }
        }
        catch (UnknownPlaceException ex)
        {
            Errors["near"] = [string.Format(System.Globalization.CultureInfo.InvariantCulture, text[ex.IsPartialPostalCode ? "trials_error_near_partial" : "trials_error_near"], ex.Place)];
        }
        catch (Exception ex) when (Infrastructure.DatabaseErrors.IsUnreachable(ex))
        {
            DatabaseDown = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        // Trials change when someone imports them, in another process: keep caching short.
        HttpContext.Items[Infrastructure.ContentCachePolicy.ExpiryItem] = TimeSpan.FromMinutes(1);
    }

    /// <summary>What was searched, in words, so a search with no match says what it looked for.</summary>
    public IReadOnlyList<string> Searched()
    {
        var text = Chrome.Text;
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                // The form's label without its hint: "Near (postal code, city...)" is "Near".
                var label = text[key];
                parts.Add($"{(label.Contains(" (", StringComparison.Ordinal) ? label[..label.IndexOf(" (", StringComparison.Ordinal)] : label)}{text["colon"]} {value}");
            }
        }

        Add("trials_cancer_type", CancerTypes.FirstOrDefault(c => c.Id == Query.CancerType)?.Title);
        Add("trials_condition", Query.Condition);
        Add("trials_keyword", Query.Keyword);
        Add("trials_near", Query.Near is null ? null : $"{Query.Near} ({Query.RadiusKm} km)");
        Add("trials_age", Query.Age?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("trials_sex", Query.Sex switch { "FEMALE" => text["trials_female"], "MALE" => text["trials_male"], _ => null });
        Add("trials_phase", Query.Phase is null ? null : PhaseName(Query.Phase));
        parts.Add($"{text.Label("trials_status")} {(Query.Statuses.Contains("ANY") ? text["trials_status_any"] : text["trials_status_open"])}");
        return parts;
    }

    /// <summary>"PHASE2" reads "Phase 2"; "EARLY_PHASE1" reads "Early phase 1" in the page's language.</summary>
    public string PhaseName(string phase) => TrialWords.Phase(phase, Chrome.Text);

    public string PageLink(int page)
    {
        var values = Request.Query.Where(kv => kv.Key != "page").SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return Wayfinder.Content.Site.SiteRoutes.TrialFinder.Path(Lang) + "?" + string.Join('&', values.Append($"page={page}"));
    }
}
