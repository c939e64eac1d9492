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
/// <c>/en/drugs</c> and its French path (route table): every drug sheet and every brand name A-Z, with
/// letter navigation and a filter by the cancer types the sheets name (<c>?cancer-type=</c>), a
/// plain GET form that needs no JavaScript.
/// </summary>
public sealed class DrugIndexModel(PageChromeFactory chromeFactory, DrugBrands brands) : WayfinderPageModel
{
    public IReadOnlyList<IGrouping<string, DrugIndexEntry>> Letters { get; private set; } = [];

    /// <summary>Cancer types that at least one sheet is used for: the filter's choices.</summary>
    public IReadOnlyList<CancerType> CancerTypes { get; private set; } = [];

    /// <summary>The cancer types ticked; none means every sheet.</summary>
    public IReadOnlySet<string> Selected { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync([FromQuery(Name = "cancer-type")] string[]? cancerType, CancellationToken cancellation)
    {
        var lang = RequestLanguage;
        var snapshot = chromeFactory.Snapshot;
        var all = snapshot.Drugs(lang);
        CancerTypes = snapshot.CancerTypes(lang).Where(c => all.Any(d => d.CancerTypeIds.Contains(c.Id))).ToList();
        // Unknown ids are ignored rather than refused: the list is still useful.
        Selected = (cancerType ?? []).Where(id => CancerTypes.Any(c => c.Id == id)).ToHashSet(StringComparer.Ordinal);
        var sheets = all.Where(d => Selected.Count == 0 || d.CancerTypeIds.Any(Selected.Contains)).ToList();

        var entries = sheets.Select(d => new DrugIndexEntry(d.Title, d, IsBrand: false)).ToList();
        entries.AddRange(sheets.SelectMany(d => d.BrandNames.Select(b => new DrugIndexEntry(b, d, IsBrand: true))));
        // Brand names from Health Canada's database that the sheets do not list, as search reads them.
        var known = entries.Select(e => Drug.SlugOf(e.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var (brand, sheet) in await brands.CanadianAsync(sheets, cancellation))
        {
            if (known.Add(Drug.SlugOf(brand)))
            {
                entries.Add(new DrugIndexEntry(brand, sheet, IsBrand: true));
            }
        }

        var culture = CultureInfo.GetCultureInfo(lang == Languages.French ? "fr-CA" : "en-CA");
        var comparer = StringComparer.Create(culture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
        Letters = entries.OrderBy(e => e.Name, comparer).GroupBy(e => Glossary.GlossaryModel.Letter(e.Name)).ToList();

        var text = snapshot.Site.For(lang);
        Chrome = chromeFactory.Create(HttpContext, lang, text["drugs_title"], text["drugs_intro"],
            alternatePath: SiteRoutes.DrugsPath(Languages.Other(lang)) + (Selected.Count == 0 ? "" : "?" + string.Join('&', Selected.Order(StringComparer.Ordinal).Select(id => "cancer-type=" + id))));
    }
}
