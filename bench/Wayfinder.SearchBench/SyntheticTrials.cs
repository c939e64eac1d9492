using Wayfinder.Search;

/// <summary>
/// Made-up trial documents shaped like ClinicalTrials.gov records (title, conditions, brief
/// summary), with the vocabulary real NET and oncology trials use, so the index has a realistic
/// number of terms and of matches for the benchmark queries. Seeded: every run is the same.
/// They are titled "[SYNTHETIC]" so they can never pass for real trials.
/// </summary>
internal static class SyntheticTrials
{
    private static readonly string[] Designs = ["A Phase 1 Study of", "A Phase 2 Trial of", "A Randomized Phase 3 Study of", "An Open-Label Study of", "A Pilot Study of", "A Single-Arm Phase 2 Study of"];

    private static readonly string[] Treatments =
    [
        "Lutetium Lu 177 Dotatate", "Octreotide LAR", "Lanreotide", "Everolimus", "Sunitinib", "Cabozantinib", "Capecitabine and Temozolomide",
        "Pembrolizumab", "Nivolumab and Ipilimumab", "Carboplatin and Etoposide", "Telotristat Ethyl", "Streptozocin and Fluorouracil",
        "Radioembolization", "Stereotactic Body Radiation Therapy", "Cisplatin", "Olaparib", "Surufatinib", "Belzutifan",
        "Exercise Training", "Mindfulness-Based Stress Reduction", "Early Palliative Care", "Dexamethasone", "Olanzapine",
    ];

    private static readonly string[] Conditions =
    [
        "Neuroendocrine Tumors", "Pancreatic Neuroendocrine Tumor", "Carcinoid Tumor", "Small Cell Lung Cancer", "Neuroendocrine Carcinoma",
        "Pheochromocytoma", "Paraganglioma", "Merkel Cell Carcinoma", "Breast Cancer", "Colorectal Cancer", "Non-Small Cell Lung Cancer",
        "Melanoma", "Lymphoma", "Prostate Cancer", "Hepatocellular Carcinoma", "Cancer-Related Fatigue", "Chemotherapy-Induced Nausea and Vomiting",
        "Carcinoid Syndrome", "Cancer Pain", "Advanced Cancer",
    ];

    private static readonly string[] Populations = ["Patients With", "Adults With", "Participants With", "Children and Young Adults With", "Older Adults With"];

    private static readonly string[] Qualifiers = ["Advanced", "Metastatic", "Progressive", "Well-Differentiated", "Unresectable", "Recurrent", "Newly Diagnosed"];

    private static readonly string[] Sentences =
    [
        "This study tests whether {0} can slow the growth of {1} compared with standard care.",
        "The main goal is progression-free survival; secondary goals include overall survival, quality of life and side effects.",
        "Participants receive {0} every 4 weeks until the disease gets worse or side effects become too severe.",
        "Researchers will measure symptoms such as diarrhea, flushing, fatigue and pain with validated questionnaires.",
        "Eligible participants have measurable disease on CT or MRI and a Ki-67 index recorded in the pathology report.",
        "Somatostatin receptor imaging with Ga-68 DOTATATE PET is required before enrolment.",
        "Blood tests including chromogranin A and urine 5-HIAA are collected at each visit.",
        "This trial is for people whose {1} has spread to the liver or other organs.",
        "Quality of life is measured with the EORTC QLQ-C30 and the ESAS-r at baseline and every 12 weeks.",
        "The study also looks at how the body absorbs and clears {0}.",
    ];

    public static IEnumerable<SearchDocument> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var treatment = Pick(random, Treatments);
            var condition = Pick(random, Conditions);
            var title = $"[SYNTHETIC] {Pick(random, Designs)} {treatment} in {Pick(random, Populations)} {Pick(random, Qualifiers)} {condition}";
            var summary = string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[0], treatment.ToLowerInvariant(), condition.ToLowerInvariant());
            var body = string.Join(' ', Enumerable.Range(0, 5).Select(_ =>
                string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Sentences), treatment.ToLowerInvariant(), condition.ToLowerInvariant())));
            var nctId = $"NCT{90_000_000 + i:D8}";
            yield return new SearchDocument($"/en/clinical-trials/{nctId}", "en", DocumentTypes.Trial, Audiences.All, title, summary,
                $"Conditions: {condition}. {body}", []);
        }
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
