using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.CancerTypes;

/// <summary>
/// <c>/en/cancer-types</c> and its French path (route table): every cancer type in the content, each
/// with its summary, its other names and a link to its clinical trials. A new hub appears here
/// as soon as its files are added.
/// </summary>
public sealed class CancerTypeIndexModel(PageChromeFactory chromeFactory) : WayfinderPageModel
{
    public IReadOnlyList<CancerType> CancerTypes { get; private set; } = [];

    public void OnGet()
    {
        var lang = SiteRoutes.CancerTypes.LanguageOf(Request.Path.Value ?? "") ?? Languages.English;
        var snapshot = chromeFactory.Snapshot;
        CancerTypes = snapshot.CancerTypes(lang);
        var text = snapshot.Site.For(lang);
        Chrome = chromeFactory.Create(HttpContext, lang, text["cancer_types_title"], text["cancer_types_intro"],
            alternatePath: SiteRoutes.CancerTypes.Path(Languages.Other(lang)));
    }

    public string TrialsLink(CancerType cancerType) => SiteRoutes.TrialFinder.Path(Chrome.Lang) + "?cancer-type=" + Uri.EscapeDataString(cancerType.Id);
}
