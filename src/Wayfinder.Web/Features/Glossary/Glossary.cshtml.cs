using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wayfinder.Content.Model;
using Wayfinder.Content.Site;
using Wayfinder.Web.Features.Shared;

namespace Wayfinder.Web.Features.Glossary;

/// <summary><c>/en/glossary</c> and its French path (route table): every term A-Z, each with an anchor pages link to.</summary>
public sealed class GlossaryModel(PageChromeFactory chromeFactory) : WayfinderPageModel
{
    public IReadOnlyList<IGrouping<string, GlossaryTerm>> Letters { get; private set; } = [];

    public void OnGet()
    {
        var lang = RequestLanguage;
        var snapshot = chromeFactory.Snapshot;
        var culture = CultureInfo.GetCultureInfo(lang == Languages.French ? "fr-CA" : "en-CA");
        var comparer = StringComparer.Create(culture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
        Letters = snapshot.Glossary(lang)
            .OrderBy(t => t.Title, comparer)
            .GroupBy(t => Letter(t.Title))
            .ToList();
        var text = snapshot.Site.For(lang);
        Chrome = chromeFactory.Create(HttpContext, lang, text["glossary_title"], text["glossary_intro"],
            alternatePath: SiteRoutes.GlossaryPath(Languages.Other(lang)));
    }

    /// <summary>The A-Z heading a term files under: its first letter without accents; digits under "0-9".</summary>
    public static string Letter(string title)
    {
        var first = title.Normalize(System.Text.NormalizationForm.FormD).FirstOrDefault(char.IsLetterOrDigit);
        return char.IsDigit(first) ? "0-9" : char.ToUpperInvariant(first).ToString();
    }

    public static string LetterId(string letter) => "letter-" + (letter == "0-9" ? "0-9" : letter.ToLowerInvariant());
}
