using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Drugs;

/// <summary>One line of the A-Z: a generic sheet, or a brand name that leads to its generic sheet.</summary>
public sealed record DrugIndexEntry(string Name, Drug Sheet, bool IsBrand);

/// <summary>
/// <c>/en/drugs</c> and <c>/fr/medicaments</c>: every drug sheet and every brand name A-Z, with
/// letter navigation and a "used for NETs" filter that is a plain GET form (no JavaScript needed).
/// </summary>
public sealed class DrugIndexModel(PageChromeFactory chromeFactory, DrugProducts products) : PageModel
{
    public PageChrome Chrome { get; private set; } = null!;
    public IReadOnlyList<IGrouping<string, DrugIndexEntry>> Letters { get; private set; } = [];
    public bool NetsOnly { get; private set; }

    public async Task OnGetAsync([FromQuery] string? nets, CancellationToken cancellation)
    {
        var lang = Request.Path.StartsWithSegments("/fr") ? Languages.French : Languages.English;
        var snapshot = chromeFactory.Snapshot;
        NetsOnly = nets is "1" or "on" or "true";
        var sheets = snapshot.Drugs(lang).Where(d => !NetsOnly || d.UsedForNets).ToList();

        var entries = sheets.Select(d => new DrugIndexEntry(d.Title, d, IsBrand: false)).ToList();
        entries.AddRange(sheets.SelectMany(d => d.BrandNames.Select(b => new DrugIndexEntry(b, d, IsBrand: true))));
        // Brand names from Health Canada's database, written as on the box ("SANDOSTATIN LAR").
        var known = entries.Select(e => Drug.SlugOf(e.Name)).ToHashSet(StringComparer.Ordinal);
        var imported = await products.BrandsAsync(sheets.Where(d => d.DpdIngredient is not null).Select(d => d.DpdIngredient!), cancellation);
        foreach (var (brand, ingredient) in imported)
        {
            if (known.Add(Drug.SlugOf(brand)) && sheets.FirstOrDefault(d => d.DpdIngredient == ingredient) is { } sheet)
            {
                entries.Add(new DrugIndexEntry(brand, sheet, IsBrand: true));
            }
        }

        var culture = CultureInfo.GetCultureInfo(lang == Languages.French ? "fr-CA" : "en-CA");
        var comparer = StringComparer.Create(culture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
        Letters = entries.OrderBy(e => e.Name, comparer).GroupBy(e => Glossary.GlossaryModel.Letter(e.Name)).ToList();

        var text = snapshot.Site.For(lang);
        Chrome = chromeFactory.Create(HttpContext, lang, text["drugs_title"], text["drugs_intro"],
            alternatePath: SiteRoutes.DrugsPath(Languages.Other(lang)) + (NetsOnly ? "?nets=1" : ""));
        ViewData[PageChrome.ViewDataKey] = Chrome;
    }
}
