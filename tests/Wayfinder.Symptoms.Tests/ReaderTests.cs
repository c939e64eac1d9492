using Wayfinder.Content.Questionnaires;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Symptoms.Tests;

/// <summary>The form and the API are read differently but checked by the same rules.</summary>
public sealed class ReaderTests
{
    private static readonly Questionnaire Questionnaire = Questionnaire.Load(Path.Combine(Repository.Content, "questionnaires", "esas-r.yaml"));
    private static readonly SelfCheckEngine Engine = new(Questionnaire);

    private static IReadOnlyList<string> FormErrors(Dictionary<string, string> fields, bool requireAll = false)
    {
        var (input, errors) = SelfCheckReader.FromForm(Questionnaire, "en", name => fields.GetValueOrDefault(name, ""));
        return SelfCheckReader.Check(Engine, input, errors, requireAll).Select(e => e.Field).ToList();
    }

    private static IReadOnlyList<string> ApiErrors(string json)
    {
        var (input, errors) = SelfCheckReader.FromJson(json);
        return (input is null ? errors : SelfCheckReader.Check(Engine, input, errors, requireAll: false)).Select(e => e.Field).ToList();
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("seven")]
    public void A_score_out_of_range_is_refused_for_the_same_field_by_the_form_and_the_api(string value)
    {
        var json = "{\"scores\":{\"pain\":" + (int.TryParse(value, out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "\"" + value + "\"") + "}}";

        Assert.Equal(["scores.pain"], FormErrors(new() { ["score-pain"] = value }));
        Assert.Equal(["scores.pain"], ApiErrors(json));
    }

    [Fact]
    public void The_form_asks_for_every_required_score_unless_a_danger_sign_is_ticked()
    {
        var missing = FormErrors(new() { ["score-pain"] = "3" }, requireAll: true);
        var withSign = FormErrors(new() { ["flag-fever"] = "yes" }, requireAll: true);

        Assert.Contains("scores.tiredness", missing);
        Assert.DoesNotContain("scores.pain", missing);
        Assert.Empty(withSign);
    }

    [Fact]
    public void Each_field_is_named_once_even_when_it_is_both_unreadable_and_missing()
    {
        var errors = FormErrors(new() { ["score-pain"] = "lots" }, requireAll: true);

        Assert.Single(errors, f => f == "scores.pain");
    }
}
