using System.Globalization;
using Wayfinder.Content.Model;

namespace Wayfinder.Web.Features.Shared;

/// <summary>
/// Moments as a person in Ontario reads them: in Toronto time (UTC where the zone is not
/// installed), in the page's Canadian culture. The self-check's result and the symptom record
/// date results the same way.
/// </summary>
public static class OntarioTime
{
    private static readonly TimeZoneInfo Toronto =
        TimeZoneInfo.TryFindSystemTimeZoneById("America/Toronto", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Toronto);

    public static CultureInfo Culture(string lang) => CultureInfo.GetCultureInfo(lang == Languages.French ? "fr-CA" : "en-CA");

    /// <summary>"November 20, 2026" or "20 novembre 2026".</summary>
    public static string Date(DateTimeOffset moment, string lang) =>
        Local(moment).ToString(lang == Languages.French ? "d MMMM yyyy" : "MMMM d, yyyy", Culture(lang));

    /// <summary>A calendar day, such as a review or a change (no zone to convert): "December 1, 2026" or "1 décembre 2026".</summary>
    public static string Date(DateOnly day, string lang) =>
        day.ToString(lang == Languages.French ? "d MMMM yyyy" : "MMMM d, yyyy", Culture(lang));

    /// <summary>"November 20, 2026 at 10:00 a.m." or "20 novembre 2026 à 10 h 00".</summary>
    public static string DateAndTime(DateTimeOffset moment, string lang) =>
        Local(moment).ToString(lang == Languages.French ? "d MMMM yyyy 'à' HH 'h' mm" : "MMMM d, yyyy 'at' h:mm tt", Culture(lang));

    /// <summary>"November 20, 2026, 10:00 a.m." or "20 novembre 2026, 10 h 00", for a table row.</summary>
    public static string DateWithTime(DateTimeOffset moment, string lang) =>
        Local(moment).ToString(lang == Languages.French ? "d MMMM yyyy, HH 'h' mm" : "MMMM d, yyyy, h:mm tt", Culture(lang));

    /// <summary>"Nov. 20" or "20 nov.", for chart labels.</summary>
    public static string ShortDate(DateTimeOffset moment, string lang) =>
        Local(moment).ToString(lang == Languages.French ? "d MMM" : "MMM d", Culture(lang));
}
