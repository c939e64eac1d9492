using Questionnaire = Wayfinder.Content.Questionnaires.Questionnaire;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Symptoms.Tests;

public sealed class FhirTests
{
    private static readonly Questionnaire Questionnaire = Questionnaire.Load(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"));
    private readonly FhirMapping fhir = new(Questionnaire);

    [Fact]
    public void Our_questionnaire_carries_the_loinc_panel_and_every_item_code()
    {
        var json = FhirMapping.ToJson(fhir.ToQuestionnaire("en"));
        var parsed = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Hl7.Fhir.Model.Questionnaire>(json);

        Assert.Equal("112503-8", parsed.Code.Single().Code);
        var codes = parsed.Item.SelectMany(g => g.Item).SelectMany(i => i.Code).Select(c => c.Code).ToList();
        Assert.Equal(["112494-0", "112495-7", "112496-5", "112497-3", "112498-1", "112499-9", "112500-4", "112501-2", "112502-0"], codes);
    }

    [Fact]
    public void A_response_written_with_loinc_codes_as_link_ids_and_loinc_answer_codes_is_understood()
    {
        const string Json = """
        {
          "resourceType": "QuestionnaireResponse",
          "status": "completed",
          "item": [
            { "linkId": "112494-0", "answer": [ { "valueCoding": { "system": "http://loinc.org", "code": "LA26952-4" } } ] },
            { "linkId": "112495-7", "answer": [ { "valueCoding": { "system": "http://loinc.org", "code": "LA6115-5" } } ] },
            { "linkId": "112502-0", "answer": [ { "valueInteger": 2 } ] }
          ]
        }
        """;

        var (input, errors) = fhir.FromResponse(Json, "en");

        Assert.Empty(errors);
        Assert.Equal(10, input!.Scores["pain"]);
        Assert.Equal(4, input.Scores["tiredness"]);
        Assert.Equal(2, input.Scores["wellbeing"]);
    }

    [Fact]
    public void What_we_write_we_can_read_back()
    {
        var original = new SelfCheckInput("fr", new Dictionary<string, int> { ["pain"] = 3, ["flushing"] = 7 }, new Dictionary<string, bool> { ["fever"] = true });

        var json = FhirMapping.ToJson(fhir.ToResponse(original, new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)));
        var (roundTrip, errors) = fhir.FromResponse(json, "fr");

        Assert.Empty(errors);
        Assert.Equal(original.Scores, roundTrip!.Scores);
        Assert.Equal(original.RedFlags, roundTrip.RedFlags);
    }

    [Fact]
    public void A_response_from_a_loinc_form_with_path_link_ids_display_items_and_a_matching_total_is_understood()
    {
        var json = LoincResponse(total: 21);

        var (input, errors) = fhir.FromResponse(json, "en");

        Assert.Empty(errors);
        Assert.Equal(9, input!.Scores.Count);
        Assert.Equal(5, input.Scores["pain"]);
    }

    [Fact]
    public void A_total_that_is_not_the_sum_of_the_items_is_refused_and_named()
    {
        var (input, errors) = fhir.FromResponse(LoincResponse(total: 30), "en");

        Assert.Null(input);
        var error = Assert.Single(errors);
        Assert.Equal("item[/112503-8/112493-2]", error.Field);
        Assert.Contains("is 30, but the item scores add up to 21", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A response shaped like LOINC's own ESAS-r form: nested under the panel, path linkIds, a display item, the total.</summary>
    private static string LoincResponse(int total)
    {
        int[] scores = [5, 4, 1, 2, 3, 0, 2, 1, 3];
        string[] codes = ["112494-0", "112495-7", "112496-5", "112497-3", "112498-1", "112499-9", "112500-4", "112501-2", "112502-0"];
        var items = string.Join(",", codes.Select((code, i) => $$"""{ "linkId": "/112503-8/{{code}}", "answer": [ { "valueInteger": {{scores[i]}} } ] }"""));
        return $$"""
        {
          "resourceType": "QuestionnaireResponse",
          "status": "completed",
          "item": [ { "linkId": "/112503-8", "item": [
            { "linkId": "/112503-8/instructions", "text": "Please circle the number that best describes how you feel NOW" },
            {{items}},
            { "linkId": "/112503-8/112493-2", "answer": [ { "valueDecimal": {{total}} } ] }
          ] } ]
        }
        """;
    }

    [Theory]
    [InlineData("{ not json", "body")]
    [InlineData("{\"resourceType\":\"Patient\"}", "body")]
    [InlineData("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"pain\",\"answer\":[{\"valueInteger\":12}]}]}", "item[pain]")]
    [InlineData("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"itch\",\"answer\":[{\"valueInteger\":2}]}]}", "item[itch]")]
    [InlineData("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"fever\",\"answer\":[{\"valueInteger\":1}]}]}", "item[fever]")]
    public void Bad_responses_are_refused_with_the_field_named(string json, string field)
    {
        var (input, errors) = fhir.FromResponse(json, "en");

        Assert.Null(input);
        Assert.Equal(field, errors[0].Field);
    }
}
