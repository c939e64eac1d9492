using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Data.Trials;
using Wayfinder.Trials;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Trials;

/// <summary><c>/en/clinical-trials/{NCTID}</c>: one trial in plain terms, with its sites.</summary>
public sealed class TrialPageModel(PageChromeFactory chromeFactory, TrialSearch search) : WayfinderPageModel
{
    public Trial? Trial { get; private set; }
    public bool DatabaseDown { get; private set; }
    public string Lang { get; private set; } = Languages.English;
    public IReadOnlyList<(TrialSite Site, double? Km)> Sites { get; private set; } = [];
    public bool MayBeOutOfDate { get; private set; }

    public async Task<IActionResult> OnGetAsync(string nctId, [FromQuery] string? near, CancellationToken cancellation)
    {
        Lang = RequestLanguage;
        var text = chromeFactory.Snapshot.Site.For(Lang);
        if (NctIds.Normalise(nctId) is not { } id)
        {
            return NotFound();
        }

        if (id != nctId)
        {
            // One address per trial: the registry writes its ids in capitals.
            return RedirectPermanent(Wayfinder.Content.Site.SiteRoutes.Trial.Path(Lang, id) + Request.QueryString);
        }

        try
        {
            Trial = await search.FindAsync(id, cancellation);
            if (Trial is null)
            {
                return NotFound();
            }

            var origin = string.IsNullOrWhiteSpace(near) ? null : await TryPlaceAsync(near, cancellation);
            Sites = Trial.Sites
                .Select(s => (s, origin is { } o && s.Latitude is { } lat && s.Longitude is { } lon ? Geo.DistanceKm(o.Lat, o.Lon, lat, lon) : (double?)null))
                .OrderBy(x => x.Item2 ?? double.MaxValue).ThenBy(x => x.s.Country == "Canada" ? 0 : 1).ThenBy(x => x.s.City)
                .ToList();
            MayBeOutOfDate = search.IsOutOfDate(Trial);
        }
        catch (Exception ex) when (Infrastructure.DatabaseErrors.IsUnreachable(ex))
        {
            DatabaseDown = true;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }

        Chrome = chromeFactory.Create(HttpContext, Lang, Trial?.BriefTitle ?? text["trials_unavailable_title"], text["trials_intro"],
            alternatePath: Wayfinder.Content.Site.SiteRoutes.Trial.Path(Languages.Other(Lang), nctId.ToUpperInvariant()));
        HttpContext.Items[Infrastructure.ContentCachePolicy.ExpiryItem] = TimeSpan.FromMinutes(1);
        return Page();
    }

    /// <summary>Criteria text as lists: the registry writes them as Markdown-like lines.</summary>
    public static (IReadOnlyList<string> Inclusion, IReadOnlyList<string> Exclusion) Criteria(string? text)
    {
        var inclusion = new List<string>();
        var exclusion = new List<string>();
        var current = inclusion;
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var line = raw.Trim().TrimStart('*', '-', '•').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("exclusion criteria", StringComparison.OrdinalIgnoreCase))
            {
                current = exclusion;
                continue;
            }

            if (line.StartsWith("inclusion criteria", StringComparison.OrdinalIgnoreCase))
            {
                current = inclusion;
                continue;
            }

            current.Add(line.TrimEnd(':'));
        }

        return (inclusion, exclusion);
    }

    private async Task<(double Lat, double Lon, string Label)?> TryPlaceAsync(string near, CancellationToken cancellation)
    {
        try
        {
            return await search.ResolvePlaceAsync(near, cancellation);
        }
        catch (UnknownPlaceException)
        {
            return null;
        }
    }
}
