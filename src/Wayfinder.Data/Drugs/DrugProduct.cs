namespace Wayfinder.Data.Drugs;

/// <summary>
/// A drug product marketed in Canada, from Health Canada's Drug Product Database (DPD). Keyed by
/// the DPD's own DRUG_CODE, so a re-import updates the row instead of adding a second one.
/// </summary>
public sealed class DrugProduct
{
    public int DrugCode { get; set; }

    /// <summary>Drug Identification Number, eight digits, as printed on the box.</summary>
    public required string Din { get; set; }
    public required string BrandName { get; set; }
    public string? Descriptor { get; set; }
    public required string Company { get; set; }
    public required string AtcCode { get; set; }
    public required string AtcName { get; set; }
    public required string Status { get; set; }
    public DateOnly? StatusDate { get; set; }

    /// <summary>Dosage forms, joined with "; " (most products have one).</summary>
    public required string DosageForms { get; set; }
    public required string Routes { get; set; }
    public List<DrugIngredient> Ingredients { get; set; } = [];
    public int ImportRunId { get; set; }
}

public sealed class DrugIngredient
{
    public int Id { get; set; }
    public int DrugCode { get; set; }

    /// <summary>As the DPD writes it, e.g. "OCTREOTIDE (OCTREOTIDE ACETATE)".</summary>
    public required string Name { get; set; }
    public required string Strength { get; set; }
    public required string StrengthUnit { get; set; }
    public string? DosageValue { get; set; }
    public string? DosageUnit { get; set; }

    /// <summary>"10 MG", or "50 MCG / ML" when the strength is per a dosage unit.</summary>
    public string StrengthText => string.IsNullOrEmpty(DosageUnit)
        ? $"{Strength} {StrengthUnit}".Trim()
        : $"{Strength} {StrengthUnit} / {(string.IsNullOrEmpty(DosageValue) ? "" : DosageValue + " ")}{DosageUnit}".Trim();

    /// <summary>Does this ingredient name a substance given by its DPD name ("OCTREOTIDE")?</summary>
    public static bool Matches(string ingredientName, string substance) =>
        ingredientName == substance || ingredientName.StartsWith(substance + " ", StringComparison.Ordinal);
}
