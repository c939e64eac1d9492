using Wayfinder.Content.Model;

namespace Wayfinder.Content.Tests;

/// <summary>A drug's patient sheet and its monograph for providers are two pages that belong together.</summary>
public sealed class DrugMonographTests
{
    private static string Sheet(string lang) => $"""
        ---
        id: example-drug
        type: drug
        title: Example drug
        summary: A drug sheet for a test.
        audience: patient
        lang: {lang}
        {(lang == "fr" ? "translation_of: example-drug" : "")}
        reviewed: 2026-11-01
        next_review: 2027-11-01
        generic_name: example
        pronunciation: ex-AM-pull
        drug_class: example class
        side_effects:
          - effect: Tiredness
            frequency: common
            what_to_do: Rest when you need to.
            urgency: self-care
            get_help: Tell your team at your next visit.
        sources:
          - title: Example monograph
            publisher: Health Canada
            year: 2024
            url: https://health-products.canada.ca/dpd-bdpp/
        ---
        {string.Concat(Wayfinder.Content.Schemas.ContentSchemas.DrugSections.Select(s => $"## {s}" + " {#" + Wayfinder.Content.Schemas.ContentSchemas.SectionId(s, lang) + "}\nText.\n\n"))}
        """;

    /// <summary>The schema's example monograph, in the language asked (French anchors in French).</summary>
    private static string Monograph(string lang, string audience = "provider")
    {
        var text = File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, "schemas", "drug-monograph", "examples", "valid-example-monograph.md"))
            .Replace("audience: provider", "audience: " + audience, StringComparison.Ordinal);
        if (lang == "fr")
        {
            text = text.Replace("lang: en", "lang: fr\ntranslation_of: example-drug-monograph", StringComparison.Ordinal);
            foreach (var section in Wayfinder.Content.Schemas.ContentSchemas.DrugMonographSections)
            {
                text = text.Replace("{#" + section + "}", "{#" + Wayfinder.Content.Schemas.ContentSchemas.SectionId(section, "fr") + "}", StringComparison.Ordinal);
            }
        }

        return text;
    }

    [Fact]
    public void A_monograph_in_its_sheets_folder_belongs_to_that_sheet()
    {
        using var content = new TestContent();
        content.Write("en/drugs/example-drug.md", Sheet("en")).Write("en/drugs/example-drug/provider.md", Monograph("en"))
            .Write("fr/medicaments/example-drug.md", Sheet("fr")).Write("fr/medicaments/example-drug/professionnels.md", Monograph("fr"));

        var snapshot = content.Load();

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Message.Contains("monograph", StringComparison.Ordinal));
        var sheet = Assert.IsType<Drug>(snapshot.FindByUrl("/en/drugs/example-drug"));
        var monograph = Assert.IsType<DrugMonograph>(snapshot.MonographOf(sheet));
        Assert.Equal("/en/drugs/example-drug/provider", monograph.Url);
        Assert.Same(sheet, snapshot.SheetOf(monograph));
        Assert.Equal("/fr/medicaments/example-drug/professionnels", snapshot.MonographOf((Drug)snapshot.FindByUrl("/fr/medicaments/example-drug")!)!.Url);
    }

    [Fact]
    public void A_sheet_without_a_monograph_says_where_to_add_one()
    {
        using var content = new TestContent();
        content.Write("en/drugs/example-drug.md", Sheet("en")).Write("fr/medicaments/example-drug.md", Sheet("fr"));

        var errors = TestContent.Errors(content.Load()).Select(d => d.ToString()).ToList();

        Assert.Contains("en/drugs/example-drug.md:1: error: drug sheet has no provider monograph: add a 'type: drug-monograph' page in content/en/drugs/example-drug/", errors);
    }

    [Fact]
    public void A_monograph_outside_a_sheets_folder_or_written_for_patients_is_an_error()
    {
        using var content = new TestContent();
        content.Write("en/drugs/example-drug.md", Sheet("en")).Write("en/drugs/example-drug/provider.md", Monograph("en", audience: "patient"))
            .Write("en/other/provider.md", Monograph("en").Replace("id: example-drug-monograph", "id: stray", StringComparison.Ordinal));

        var errors = TestContent.Errors(content.Load()).Select(d => d.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("en/drugs/example-drug/provider.md:2: error: a drug monograph is written for providers", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("en/other/provider.md:1: error: a drug monograph belongs in the folder of its drug sheet, but /en/other is not a drug sheet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_monograph_needs_its_provider_sections_in_order_named_in_its_language()
    {
        using var content = new TestContent();
        content.Write("fr/medicaments/example-drug/professionnels.md", Monograph("fr").Replace("{#posologie}", "{#dosing}", StringComparison.Ordinal));

        var errors = TestContent.Errors(content.Load()).Select(d => d.ToString()).ToList();

        Assert.Contains(errors, e => e.Contains("drug monograph is missing the section {#posologie}", StringComparison.Ordinal));
    }
}
