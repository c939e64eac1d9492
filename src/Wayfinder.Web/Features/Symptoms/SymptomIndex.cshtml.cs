using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Symptoms;

/// <summary>A patient guide with its provider version, as listed on the symptoms index.</summary>
public sealed record GuidePair(SymptomGuide Patient, SymptomGuide? Provider);

/// <summary><c>/en/symptoms</c> and its French path (route table): every guide (both versions), every side-effect sheet, and the self-check.</summary>
public sealed class SymptomIndexModel(PageChromeFactory chromeFactory) : WayfinderPageModel
{
    public IReadOnlyList<GuidePair> Guides { get; private set; } = [];
    public IReadOnlyList<SideEffectSheet> SideEffects { get; private set; } = [];

    public void OnGet()
    {
        var lang = RequestLanguage;
        var snapshot = chromeFactory.Snapshot;
        var guides = snapshot.Items.OfType<SymptomGuide>().Where(g => g.Lang == lang && g.Url is not null).ToList();
        var comparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(lang == "fr" ? "fr-CA" : "en-CA"), ignoreCase: true);
        Guides = guides.Where(g => g.Audience != Audience.Provider)
            .OrderBy(g => g.Title, comparer)
            .Select(g => new GuidePair(g, guides.FirstOrDefault(p => p.Audience == Audience.Provider && p.Url!.StartsWith(g.Url + "/", StringComparison.Ordinal))))
            .ToList();
        SideEffects = snapshot.Items.OfType<SideEffectSheet>().Where(s => s.Lang == lang && s.Url is not null).OrderBy(s => s.Title, comparer).ToList();
        var text = snapshot.Site.For(lang);
        Chrome = chromeFactory.Create(HttpContext, lang, text["symptoms_title"], text["symptoms_intro"],
            alternatePath: Wayfinder.Content.Site.SiteRoutes.SymptomsPath(Languages.Other(lang)));
    }
}
