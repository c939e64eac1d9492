using Wayfinder.Content.Questionnaires;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Serialization;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Features.SelfCheck;

public sealed class SelfCheckApiTests(WayfinderFactory factory) : IClassFixture<WayfinderFactory>
{
    [Fact]
    public async Task A_json_self_check_returns_urgency_bands_and_guide_links()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/self-check", new
        {
            lang = "en",
            scores = new Dictionary<string, int> { ["pain"] = 7, ["anxiety"] = 4, ["wellbeing"] = 0 },
            redFlags = new Dictionary<string, bool> { ["fever"] = false },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("urgent", json.RootElement.GetProperty("urgency").GetString());
        var symptoms = json.RootElement.GetProperty("symptoms").EnumerateArray().ToList();
        Assert.Equal(["pain", "anxiety", "wellbeing"], symptoms.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(["severe", "moderate", "none"], symptoms.Select(s => s.GetProperty("band").GetString()));
        Assert.Empty(json.RootElement.GetProperty("redFlags").EnumerateArray());
    }

    [Fact]
    public async Task A_red_flag_makes_it_an_emergency_with_its_message()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/self-check", new
        {
            lang = "fr",
            scores = new Dictionary<string, int> { ["pain"] = 1 },
            redFlags = new Dictionary<string, bool> { ["chest-pain"] = true },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("emergency", json.RootElement.GetProperty("urgency").GetString());
        Assert.Equal("emergency", json.RootElement.GetProperty("redFlags")[0].GetProperty("urgency").GetString());
        Assert.Contains("poitrine", json.RootElement.GetProperty("redFlags")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pain", 5, "today")]
    [InlineData("tiredness", 5, "soon")]
    [InlineData("sleep", 5, "routine")]
    [InlineData("shortness-of-breath", 9, "urgent")]
    [InlineData("wellbeing", 2, "self-care")]
    public async Task The_urgency_is_one_of_the_six_level_names(string symptom, int score, string urgency)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/self-check", new { lang = "en", scores = new Dictionary<string, int> { [symptom] = score } });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(urgency, json.RootElement.GetProperty("urgency").GetString());
    }

    [Fact]
    public async Task A_fhir_response_whose_total_is_not_the_sum_of_its_items_is_a_400_that_names_the_total()
    {
        const string Body = """
        {"resourceType":"QuestionnaireResponse","status":"completed","item":[
          {"linkId":"112494-0","answer":[{"valueInteger":3}]},{"linkId":"112495-7","answer":[{"valueInteger":3}]},
          {"linkId":"112496-5","answer":[{"valueInteger":0}]},{"linkId":"112497-3","answer":[{"valueInteger":0}]},
          {"linkId":"112498-1","answer":[{"valueInteger":0}]},{"linkId":"112499-9","answer":[{"valueInteger":0}]},
          {"linkId":"112500-4","answer":[{"valueInteger":0}]},{"linkId":"112501-2","answer":[{"valueInteger":0}]},
          {"linkId":"112502-0","answer":[{"valueInteger":0}]},{"linkId":"112493-2","answer":[{"valueInteger":9}]}]}
        """;
        using var content = new StringContent(Body, System.Text.Encoding.UTF8, "application/fhir+json");

        var response = await factory.CreateClient().PostAsync("/api/self-check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("item[112493-2]", problem, StringComparison.Ordinal);
        Assert.Contains("add up to 6", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fhir_questionnaire_response_with_loinc_link_ids_is_scored()
    {
        const string Body = """
        {"resourceType":"QuestionnaireResponse","status":"completed","item":[
          {"linkId":"112494-0","answer":[{"valueInteger":8}]},
          {"linkId":"112497-3","answer":[{"valueCoding":{"system":"http://loinc.org","code":"LA6114-8"}}]}]}
        """;
        using var content = new StringContent(Body, Encoding.UTF8, "application/fhir+json");

        var response = await factory.CreateClient().PostAsync("/api/self-check?lang=en", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var scores = json.RootElement.GetProperty("symptoms").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("score").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["pain"] = 8, ["nausea"] = 3 }, scores);
    }

    [Theory]
    [InlineData("application/json", "{\"lang\":\"en\",\"scores\":{\"pain\":11}}", "scores.pain")]
    [InlineData("application/json", "{\"lang\":\"en\",\"scores\":{\"pain\":-3}}", "scores.pain")]
    [InlineData("application/json", "{\"lang\":\"en\",\"scores\":{\"pain\":2.5}}", "scores.pain")]
    [InlineData("application/json", "{\"lang\":\"en\",\"scores\":{\"pain\":\"seven\"}}", "scores.pain")]
    [InlineData("application/json", "{\"lang\":\"en\",\"scores\":{\"itch\":3}}", "scores.itch")]
    [InlineData("application/json", "{\"lang\":\"en\",\"scores\":{},\"redFlags\":{\"headache\":true}}", "redFlags.headache")]
    [InlineData("application/json", "{\"lang\":\"en\",\"scores\":{},\"redFlags\":{\"fever\":\"yes\"}}", "redFlags.fever")]
    [InlineData("application/json", "{\"lang\":\"de\",\"scores\":{\"pain\":1}}", "lang")]
    [InlineData("application/json", "{\"lang\":\"en\",\"scores\":[1,2]}", "scores")]
    [InlineData("application/json", "{\"lang\":\"en\",\"scores\":{}}", "scores")]
    [InlineData("application/json", "{ not json", "body")]
    [InlineData("application/json", "[1,2,3]", "body")]
    [InlineData("application/fhir+json", "{\"resourceType\":\"Patient\"}", "body")]
    [InlineData("application/fhir+json", "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{\"linkId\":\"pain\",\"answer\":[{\"valueInteger\":99}]}]}", "item[pain]")]
    public async Task Bad_input_gets_a_400_problem_that_names_the_field(string mediaType, string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);

        var response = await factory.CreateClient().PostAsync("/api/self-check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {json.RootElement}");
    }

    [Fact]
    public async Task A_huge_body_is_refused_without_reading_it_all()
    {
        using var content = new StringContent("{\"lang\":\"en\",\"scores\":{\"pain\":1},\"x\":\"" + new string('a', 200_000) + "\"}", Encoding.UTF8, "application/json");

        var response = await factory.CreateClient().PostAsync("/api/self-check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("larger than", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_content_type_is_refused_with_415()
    {
        using var content = new StringContent("pain=3", Encoding.UTF8, "text/plain");

        var response = await factory.CreateClient().PostAsync("/api/self-check", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("en", "Edmonton Symptom Assessment System-revised (ESAS-r)")]
    [InlineData("fr", "Système d'évaluation des symptômes d'Edmonton révisé (ESAS-r)")]
    public async Task The_fhir_questionnaire_is_served_with_its_loinc_codes(string lang, string title)
    {
        var response = await factory.CreateClient().GetAsync($"/fhir/Questionnaire/esas-r?lang={lang}");

        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var parsed = new FhirJsonDeserializer(new DeserializerSettings())
            .Deserialize<Hl7.Fhir.Model.Questionnaire>(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, parsed.Title);
        Assert.Equal("112503-8", parsed.Code.Single().Code);
        Assert.Equal(9, parsed.Item.SelectMany(g => g.Item).Count(i => i.Code.Count > 0));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_self_check()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/self-check", json, StringComparison.Ordinal);
    }
}
