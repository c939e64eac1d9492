using System.Text.Json;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Trials.Tests;

/// <summary>The v2 mapper on the real ClinicalTrials.gov records in ../shared/data/clinicaltrials.</summary>
public sealed class StudyMapperTests
{
    [SkippableFact]
    public void A_full_study_maps_field_by_field()
    {
        var file = SharedData.File("clinicaltrials/v2/aact_NCT05594173.json");
        Skip.If(file is null, "test data missing");
        using var json = JsonDocument.Parse(File.ReadAllText(file!));

        var (trial, error) = StudyMapper.Map(json.RootElement);

        Assert.Null(error);
        Assert.Equal("NCT05594173", trial!.NctId);
        Assert.Equal("Chewing and Oral Processing of Solid Food", trial.BriefTitle);
        Assert.Equal("Chewing and Oral Processing of Solid Food in Healthy Swallowing", trial.OfficialTitle);
        Assert.Equal("COMPLETED", trial.OverallStatus);
        Assert.Equal(new DateOnly(2022, 10, 1), trial.StatusVerified);
        Assert.Equal(new DateOnly(2019, 9, 13), trial.StartDate);
        Assert.Equal(new DateOnly(2020, 12, 20), trial.CompletionDate);
        Assert.Equal(new DateOnly(2022, 11, 21), trial.LastUpdated);
        Assert.Equal("University Health Network, Toronto", trial.Sponsor);
        Assert.Equal("OBSERVATIONAL", trial.StudyType);
        Assert.Equal("", trial.Phases);
        Assert.Equal("Dysphagia", trial.Conditions);
        Assert.Equal("ALL", trial.Sex);
        Assert.Equal(18, trial.MinimumAgeYears);
        Assert.Equal(60, trial.MaximumAgeYears);
        Assert.True(trial.HealthyVolunteers);
        Assert.False(string.IsNullOrWhiteSpace(trial.EligibilityCriteria));
        var site = Assert.Single(trial.Sites);
        Assert.Equal("Toronto Rehabilitation Institute - University Health Network", site.Facility);
        Assert.Equal(("Toronto", "Ontario", "Canada", "M5G 2A2"), (site.City, site.State, site.Country, site.Zip));
        Assert.Equal(43.70011, site.Latitude);
        Assert.Equal(-79.4163, site.Longitude);
    }

    [SkippableFact]
    public void Every_real_fixture_maps_without_error()
    {
        var folder = Path.Combine(SharedData.Folder, "clinicaltrials");
        var missing = TestTools.Missing(Directory.Exists(folder) ? folder : null, "The ClinicalTrials.gov fixtures");
        Skip.If(missing is not null, missing);
        var mapped = 0;

        foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var studies = json.RootElement.TryGetProperty("studies", out var list) ? list.EnumerateArray().ToList() : [json.RootElement];
            foreach (var study in studies)
            {
                var (trial, error) = StudyMapper.Map(study);
                Assert.True(error is null, $"{Path.GetFileName(file)}: {error}");
                Assert.Matches("^NCT[0-9]{8}$", trial!.NctId);
                mapped++;
            }
        }

        Assert.True(mapped >= 10, $"expected the fixtures' studies, mapped {mapped}");
    }

    [Theory]
    [InlineData("{}", "no protocolSection")]
    [InlineData("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"12345\"}}}", "not an NCT id")]
    [InlineData("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000001\"}}}", "briefTitle is missing")]
    [InlineData("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000001\",\"briefTitle\":\"A\"}}}", "overallStatus is missing")]
    public void A_record_without_what_a_trial_needs_is_refused_with_the_reason(string json, string reason)
    {
        using var document = JsonDocument.Parse(json);

        var (trial, error) = StudyMapper.Map(document.RootElement);

        Assert.Null(trial);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Carcinoid Tumor", true)]
    [InlineData("Pancreatic Neuroendocrine Tumour", true)]
    [InlineData("pNETs", true)]
    [InlineData("GEP-NET", true)]
    [InlineData("NET", true)]
    [InlineData("Dysphagia", false)]
    [InlineData("Internet use in cancer care", false)]
    [InlineData("Netherlands cohort", false)]
    public void The_shipped_hub_terms_recognise_neuroendocrine_conditions_under_their_names_and_only_them(string condition, bool expected)
    {
        var hub = Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog.Find("neuroendocrine-tumours")!;

        Assert.Equal(expected, hub.Matches(condition));
    }

    [Fact]
    public void A_study_keeps_its_keywords_and_the_registrys_mesh_codes_for_tagging()
    {
        using var study = JsonDocument.Parse("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000001\",\"briefTitle\":\"A\"},\"statusModule\":{\"overallStatus\":\"RECRUITING\"},\"conditionsModule\":{\"conditions\":[\"Advanced Cancer\"],\"keywords\":[\"GEP-NET\",\"PRRT\"]}},\"derivedSection\":{\"conditionBrowseModule\":{\"meshes\":[{\"id\":\"D000018358\",\"term\":\"Neuroendocrine Tumors\"}]}}}");

        var trial = StudyMapper.Map(study.RootElement).Trial!;

        Assert.Equal("GEP-NET; PRRT", trial.Keywords);
        Assert.Equal("D000018358", trial.ConditionCodes);
    }

    [Fact]
    public void A_study_is_tagged_to_a_cancer_type_at_import_from_its_conditions()
    {
        using var net = JsonDocument.Parse("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000001\",\"briefTitle\":\"A\"},\"statusModule\":{\"overallStatus\":\"RECRUITING\"},\"conditionsModule\":{\"conditions\":[\"Carcinoid Syndrome\"]}}}");
        using var other = JsonDocument.Parse("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000002\",\"briefTitle\":\"B\"},\"statusModule\":{\"overallStatus\":\"RECRUITING\"},\"conditionsModule\":{\"conditions\":[\"Melanoma\"]}}}");

        var tagged = StudyMapper.Map(net.RootElement).Trial!;
        var untagged = StudyMapper.Map(other.RootElement).Trial!;
        TrialTagger.Apply(tagged, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog);
        TrialTagger.Apply(untagged, Wayfinder.Tests.Shared.ShippedCancerTypes.Catalog);

        Assert.Equal(["neuroendocrine-tumours"], tagged.CancerTypes.Select(c => c.CancerTypeId));
        Assert.Empty(untagged.CancerTypes);
    }

    [Theory]
    [InlineData("18 Years", 18)]
    [InlineData("6 Months", 0)]
    [InlineData("30 Months", 2)]
    [InlineData("N/A", null)]
    [InlineData(null, null)]
    public void Ages_are_read_in_years(string? text, int? years)
    {
        Assert.Equal(years, StudyMapper.AgeInYears(text));
    }
}

public sealed class GeoTests
{
    [Fact]
    public void Toronto_to_ottawa_is_about_350_km()
    {
        var km = Geo.DistanceKm(43.6532, -79.3832, 45.4215, -75.6972);

        Assert.InRange(km, 345, 360);
    }

    [Fact]
    public void A_point_is_zero_km_from_itself_and_distance_is_symmetric()
    {
        Assert.Equal(0, Geo.DistanceKm(46.49, -80.99, 46.49, -80.99), precision: 6);
        Assert.Equal(Geo.DistanceKm(43.65, -79.38, 49.28, -123.12), Geo.DistanceKm(49.28, -123.12, 43.65, -79.38), precision: 6);
    }

    [Fact]
    public void The_bounding_box_contains_every_point_within_the_radius()
    {
        var box = Geo.BoundingBox(45.4, -75.7, 100);
        for (var bearing = 0; bearing < 360; bearing += 15)
        {
            var radians = bearing * Math.PI / 180;
            var lat = 45.4 + (99.0 / 111.32 * Math.Cos(radians));
            var lon = -75.7 + (99.0 / (111.32 * Math.Cos(lat * Math.PI / 180)) * Math.Sin(radians));
            Assert.True(Geo.DistanceKm(45.4, -75.7, lat, lon) <= 100.5);
            Assert.InRange(lat, box.MinLat, box.MaxLat);
            Assert.InRange(lon, box.MinLon, box.MaxLon);
        }
    }
}
