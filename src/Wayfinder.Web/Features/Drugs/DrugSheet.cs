using Wayfinder.Content.Markdown;
using Wayfinder.Content.Model;

namespace Wayfinder.Web.Features.Drugs;

/// <summary>
/// A patient drug sheet split for display: its sections, with the side-effect table after the
/// side-effects section, its Canadian products, and the monograph for providers it links to.
/// </summary>
public sealed record DrugSheet(Drug Drug, string Intro, IReadOnlyList<(string Id, string Html)> Sections,
    ProductListing Products, DrugMonograph? Monograph, bool PdfAvailable)
{
    /// <summary>The hubs of the cancer types the sheet is used for, in its language.</summary>
    public IReadOnlyList<CancerType> CancerTypes { get; init; } = [];

    public static DrugSheet Build(Drug drug, ProductListing products, DrugMonograph? monograph, bool pdfAvailable)
    {
        var sections = HtmlTransforms.SplitSections(drug.Html);
        var intro = string.Concat(sections.Where(s => s.Id is null).Select(s => s.Html));
        var patient = sections.Where(s => s.Id is not null).Select(s => (s.Id!, s.Html)).ToList();
        return new DrugSheet(drug, intro, patient, products, monograph, pdfAvailable);
    }
}

/// <summary>A provider monograph with the patient sheet it belongs to (facts and a link back).</summary>
public sealed record DrugMonographView(DrugMonograph Monograph, Drug Sheet, bool PdfAvailable);
