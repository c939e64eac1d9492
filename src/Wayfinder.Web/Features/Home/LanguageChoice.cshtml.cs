using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Home;

/// <summary><c>/</c>: a bilingual page that lets the visitor choose English or French.</summary>
public sealed class LanguageChoiceModel(PageChromeFactory chromeFactory) : WayfinderPageModel
{
    public Wayfinder.Content.Site.SiteLanguage French { get; private set; } = null!;

    public void OnGet()
    {
        var site = chromeFactory.Snapshot.Site;
        French = site.For("fr");
        Chrome = chromeFactory.Create(HttpContext, "en", site.Name + " | " + site.For("en")["choose_language"] + " | " + French["choose_language"],
            site.For("en").Tagline + " / " + French.Tagline, alternatePath: "/fr/");
    }
}
