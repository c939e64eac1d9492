using Wayfinder.Content.Markdown;
using Wayfinder.Content.Model;

namespace Wayfinder.Web.Features.Drugs;

/// <summary>
/// A drug sheet split for display: patient sections (with the side-effect table after the
/// side-effects section) and the provider section, which <c>?audience=provider</c> shows first.
/// </summary>
public sealed record DrugSheet(Drug Drug, string Intro, IReadOnlyList<(string Id, string Html)> PatientSections,
    string ProviderHtml, ProductListing Products, bool ProviderFirst, bool PdfAvailable)
{
    /// <summary>The hubs of the cancer types the sheet is used for, in its language.</summary>
    public IReadOnlyList<CancerType> CancerTypes { get; init; } = [];

    public const string ProviderSection = "for-providers";

    public static DrugSheet Build(Drug drug, ProductListing products, bool providerFirst, bool pdfAvailable)
    {
        var sections = HtmlTransforms.SplitSections(drug.Html);
        var intro = string.Concat(sections.Where(s => s.Id is null).Select(s => s.Html));
        var providerStart = sections.ToList().FindIndex(s => s.Id == ProviderSection);
        var patient = sections.Where((s, i) => s.Id is not null && (providerStart < 0 || i < providerStart)).Select(s => (s.Id!, s.Html)).ToList();
        var provider = providerStart < 0 ? "" : string.Concat(sections.Skip(providerStart).Select(s => s.Html));
        return new DrugSheet(drug, intro, patient, provider, products, providerFirst, pdfAvailable);
    }
}
