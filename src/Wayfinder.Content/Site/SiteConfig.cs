using Wayfinder.Content.Checking;
using Wayfinder.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wayfinder.Content.Site;

/// <summary>Site chrome from <c>content/site.yaml</c>: navigation, banners, footer and the words of
/// the interface, in both languages.</summary>
public sealed class SiteConfig
{
    public string Name { get; set; } = "Wayfinder";
    public Dictionary<string, SiteLanguage> Languages { get; set; } = [];
    public List<Banner> Banners { get; set; } = [];
    public Dictionary<string, Notice> OutdatedBrowser { get; set; } = [];
    public PlainLanguageChecks Checks { get; set; } = new();

    /// <summary>Addresses of pages an editor plans to write: <c>check</c> reports links to them
    /// as pending rather than as errors, so pages can link ahead.</summary>
    public List<string> PlannedPages { get; set; } = [];

    /// <summary>Old addresses that moved, each answered with a permanent redirect to its new one.</summary>
    public List<Redirect> Redirects { get; set; } = [];

    public SiteLanguage For(string lang) => Languages[lang];

    /// <summary>Every word of the interface that a page may need; both languages must have all.</summary>
    public static readonly IReadOnlyList<string> RequiredUiKeys =
    [
        "colon", "draft_notice_text_provider", "provider_version_link", "patient_version_link", "search_type_tool", "search_results_one", "search_no_results_help", "search_no_results_symptoms", "search_no_results_self_check", "search_no_results_urgent",
        "search_type_cancer-type", "search_type_topic", "search_type_drug", "search_type_symptom-guide", "search_type_side-effect", "search_type_page", "search_type_glossary-term", "search_type_trial", "search_audience_patient", "search_audience_provider", "search_audience_all", "search_filter_type", "search_filter_audience", "search_filter_all", "search_filters", "search_did_you_mean", "search_too_short", "search_binary", "search_unavailable", "search_bad_filter", "search_previous", "search_next", "search_page_of", "search_suggestions",
        "feedback_title", "feedback_yes", "feedback_no", "feedback_comment_label", "feedback_comment_hint", "feedback_send", "feedback_thanks_title", "feedback_thanks_text", "feedback_failed_title", "feedback_failed_text", "feedback_back", "feedback_back_home",
        "self_check_unavailable",
        "skip_to_main", "skip_to_search", "search_label", "search_button", "search_title", "search_empty",
        "search_no_results", "search_results", "switch_language", "switch_language_label", "not_translated",
        "last_reviewed", "next_review", "review_status", "review_status_draft", "review_status_clinically_reviewed",
        "review_status_changed", "reviewed_by", "reviewed_notice_text", "reviewed_notice_text_provider", "changed_notice_dates", "changed_notice_dates_undated", "changed_notice_text", "changed_notice_text_provider", "what_changed",
        "draft_notice_text", "on_this_page", "whats_on_this_page", "other_organisations",
        "sources", "dismiss", "dismiss_banner", "not_found_title", "not_found_text", "error_title", "error_text",
        "home", "phone", "also_known_as", "main_navigation", "footer_navigation", "alert", "visit_website",
        "choose_language", "print_url_note", "breadcrumbs", "search_too_long", "glossary_title", "glossary_intro",
        "glossary_letters", "glossary_more", "in_this_section", "view_all", "view_all_title", "view_all_intro",
        "drug_pronunciation", "drug_class", "drug_brands", "drug_used_for", "drug_generic_name", "drug_monograph_link", "drug_sheet_link", "drug_pdf", "drug_monograph_pdf", "drug_products_title", "drug_products_unavailable", "drug_products_not_loaded", "drug_products_none", "drug_products_imported", "drug_products_caption", "drug_brand", "drug_strength", "drug_form", "drug_company", "drug_products_source", "side_effects_caption", "side_effect", "side_effect_how_common", "side_effect_what_to_do", "side_effect_get_help", "frequency_very_common", "frequency_common", "frequency_less_common", "frequency_rare", "drugs_title", "drugs_intro", "drugs_filter_for", "drugs_filter_apply", "drugs_letters", "drugs_brand_of",
        "resources_title", "resource_course", "resource_book", "resource_video", "resource_worksheet", "symptoms_title", "symptoms_intro", "symptoms_self_check_title", "symptoms_self_check_text", "symptoms_self_check_link", "symptoms_guides", "symptoms_provider_version", "side_effect_sheets",
        "self_check_title", "search_brand_match",
        "trials_title", "trials_use_location", "trials_any", "trials_female", "trials_male", "trials_pages", "trials_previous_page", "trials_intro", "trials_unavailable", "trials_unavailable_title", "trials_none_loaded", "trials_cancer_type", "cancer_types_title", "cancer_types_intro", "cancer_types_trials", "trials_cancer_type_any", "trials_search_label", "trials_condition", "trials_keyword", "trials_near", "trials_near_hint", "trials_radius", "trials_age", "trials_status", "trials_status_open", "trials_status_any", "trials_results", "trials_no_results", "trials_phase", "trials_nearest_site", "trials_out_of_date", "trials_next_page", "trials_error_near", "trials_error_near_partial", "trials_error_q", "trials_error_condition", "trials_error_age", "trials_error_radiusKm", "trials_error_page", "trials_error_status", "trials_error_phase", "trials_error_sex", "trials_error_cancer-type", "trials_early_phase_1", "trials_searched", "trials_elsewhere", "trials_elsewhere_cct", "trials_elsewhere_hc", "trials_elsewhere_team", "trials_what_title", "trials_what_text", "trials_questions_title", "trials_question_1", "trials_question_2", "trials_question_3", "trials_question_4", "trials_english_only", "trials_id", "trials_sponsor", "trials_dates", "trials_summary", "trials_who_can_join", "trials_sex", "trials_healthy_volunteers", "trials_inclusion", "trials_exclusion", "trials_sites", "trials_official_record", "self_check_intro", "self_check_not_replace_title", "self_check_not_replace", "self_check_instructions", "self_check_privacy", "self_check_red_flags_title", "self_check_red_flags_intro", "self_check_red_flags_legend", "self_check_red_flags_submit", "self_check_result_title", "self_check_completed", "self_check_your_signs", "self_check_no_signs", "self_check_scales_title", "self_check_submit", "self_check_error_title", "self_check_error_score", "self_check_error_flag", "self_check_scores_title", "self_check_chart_title", "self_check_chart_caption", "self_check_symptom", "self_check_score", "self_check_band", "self_check_guide", "self_check_read_guide", "band_none", "band_mild", "band_moderate", "band_severe", "self_check_download_fhir", "self_check_print", "self_check_download_pdf", "self_check_again", "optional", "error", "yes", "no",
        "my_symptoms_title", "record_intro", "record_where_kept", "record_how_shown", "record_keep_label", "record_keep_hint", "record_kept", "record_not_kept", "record_see", "record_device_title", "record_device_none", "record_device_loading", "record_device_failed", "record_upload_title", "record_upload_intro", "record_upload_label", "record_upload_hint", "record_upload_submit", "record_upload_none", "record_upload_not_form", "record_problems_title", "record_problem_too_large", "record_problem_too_many", "record_problem_upload_too_large", "record_problem_not_readable", "record_problem_not_esas", "record_problem_not_esas_item", "record_problem_no_date", "record_problem_future", "record_problem_duplicate", "record_problem_too_old", "record_nothing", "record_results_one", "record_results_many", "record_compare_title", "record_compare_only_one", "record_compare_caption", "record_before", "record_latest", "record_change", "record_changes_title", "record_flag_worse", "record_flag_better", "record_flag_read", "record_flag_none", "record_flag_explain", "record_flag_worried", "record_signs_title", "record_signs_none", "record_signs_on", "record_trend_title", "record_chart_title", "record_chart_caption", "record_table_caption", "record_date", "record_privacy_title", "record_sources", "record_summary_title", "record_summary_intro", "record_period", "record_period_4", "record_period_13", "record_period_26", "record_period_52", "record_summary_open", "record_summary_pdf", "record_summary_fhir", "record_delete_title", "record_delete_text", "record_delete", "record_deleted", "record_summary_heading", "record_summary_period", "record_summary_latest", "record_summary_trend", "record_first", "record_lowest", "record_highest", "record_trend", "record_summary_questions", "record_summary_made", "record_summary_no_results", "record_summary_back", "record_link_text",
    ];

    public static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string path, string yaml)
    {
        SiteConfig config;
        try
        {
            config = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build()
                .Deserialize<SiteConfig>(yaml) ?? new SiteConfig();
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            return (null, [new Diagnostic(path, (int)ex.Start.Line, Severity.Error, $"site settings are not valid: {message}")]);
        }
        catch (InvalidOperationException)
        {
            return (null, [new Diagnostic(path, 1, Severity.Error, "site settings are not valid YAML: check for an unclosed '[', '{' or quote")]);
        }

        var diagnostics = new List<Diagnostic>();
        void Error(string message) => diagnostics.Add(new Diagnostic(path, 1, Severity.Error, message));

        foreach (var lang in Model.Languages.All)
        {
            if (!config.Languages.TryGetValue(lang, out var language))
            {
                Error($"languages: '{lang}' is missing");
                continue;
            }

            foreach (var key in RequiredUiKeys.Where(k => !language.Ui.ContainsKey(k) || string.IsNullOrWhiteSpace(language.Ui[k])))
            {
                Error($"languages.{lang}.ui: '{key}' is missing");
            }

            if (string.IsNullOrWhiteSpace(language.Disclaimer))
            {
                Error($"languages.{lang}: 'disclaimer' is missing");
            }

            if (!config.OutdatedBrowser.ContainsKey(lang))
            {
                Error($"outdated_browser: '{lang}' is missing");
            }
        }

        // The application's tools are found by search like pages: each names its route.
        foreach (var (lang, language) in config.Languages)
        {
            foreach (var tool in language.Tools)
            {
                if (SiteRoutes.Pages.FirstOrDefault(r => r.Id == tool.Route) is null)
                {
                    Error($"languages.{lang}.tools: '{tool.Route}' is not a page of the application: use one of {string.Join(", ", SiteRoutes.Pages.Select(r => r.Id))}");
                }

                if (string.IsNullOrWhiteSpace(tool.Title) || string.IsNullOrWhiteSpace(tool.Summary))
                {
                    Error($"languages.{lang}.tools.{tool.Route}: 'title' and 'summary' are required");
                }
            }
        }

        foreach (var banner in config.Banners)
        {
            if (string.IsNullOrWhiteSpace(banner.Id))
            {
                Error("banners: every banner needs an 'id'");
            }

            if (banner.Ends < banner.Starts)
            {
                Error($"banners.{banner.Id}: 'ends' is before 'starts'");
            }

            if (banner.Severity is not ("info" or "warning" or "danger"))
            {
                Error($"banners.{banner.Id}: 'severity' must be info, warning or danger");
            }

            foreach (var lang in Model.Languages.All.Where(l => !banner.Text.ContainsKey(l)))
            {
                Error($"banners.{banner.Id}: the '{lang}' text is missing");
            }
        }

        foreach (var redirect in config.Redirects)
        {
            if (!redirect.From.StartsWith('/') || redirect.From.StartsWith("//", StringComparison.Ordinal)
                || !redirect.To.StartsWith('/') || redirect.To.StartsWith("//", StringComparison.Ordinal))
            {
                Error($"redirects: '{redirect.From}' to '{redirect.To}': both must be site paths starting with one '/'");
            }
        }

        foreach (var planned in config.PlannedPages.Where(p => !p.StartsWith('/')))
        {
            Error($"planned_pages: '{planned}' must be a site path starting with '/'");
        }

        return (diagnostics.Count == 0 ? config : null, diagnostics);
    }

    public IEnumerable<Banner> ActiveBanners(DateOnly today) =>
        Banners.Where(b => b.Starts <= today && today <= b.Ends);
}

public sealed class SiteLanguage
{
    public string LanguageName { get; set; } = "";
    public string Tagline { get; set; } = "";
    public string Disclaimer { get; set; } = "";
    public List<Link> Navigation { get; set; } = [];
    public List<Link> FooterLinks { get; set; } = [];
    public Dictionary<string, string> Ui { get; set; } = [];

    /// <summary>The application's tools (trial finder, self-check, drugs A to Z...) as search
    /// finds them: a search for "clinical trials" should lead to the trial finder.</summary>
    public List<Tool> Tools { get; set; } = [];

    public string this[string key] => Ui.TryGetValue(key, out var text) ? text : key;

    /// <summary>A label and its colon, as the language writes it: "Status:" in English,
    /// "État :" (a non-breaking space before the colon) in French.</summary>
    public string Label(string key) => this[key] + this["colon"];
}

/// <summary>An application page as search lists it: its route id in <see cref="SiteRoutes"/>,
/// a title and summary, and the words people use for it.</summary>
public sealed class Tool
{
    public string Route { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public List<string> Keywords { get; set; } = [];
}

public sealed class Link
{
    public string Text { get; set; } = "";
    public string Href { get; set; } = "";
}

public sealed class Banner
{
    public string Id { get; set; } = "";

    /// <summary>info, warning or danger.</summary>
    public string Severity { get; set; } = "info";
    public DateOnly Starts { get; set; }
    public DateOnly Ends { get; set; }
    public Dictionary<string, Notice> Text { get; set; } = [];
}

public sealed class Notice
{
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public List<Link> Links { get; set; } = [];
}

/// <summary>Thresholds of the plain-language checks on patient pages (<c>checks:</c> in site.yaml).</summary>
public sealed class PlainLanguageChecks
{
    /// <summary>Highest Flesch-Kincaid grade allowed on an English patient page.</summary>
    public double MaxGradeEn { get; set; } = 8;

    /// <summary>Lowest Kandel-Moles reading ease allowed on a French patient page.</summary>
    public double MinEaseFr { get; set; } = 60;

    public int MaxSentenceWords { get; set; } = 30;

    /// <summary>Reading-level formulas mean little on a few words; shorter pages are not scored.</summary>
    public int MinWordsForReadingLevel { get; set; } = 50;

    /// <summary>How many of the hardest sentences to list when a page is too hard to read.</summary>
    public int HardestSentences { get; set; } = 3;
}

/// <summary>
/// An address that moved. <see cref="From"/> is a site path, optionally with query parameters
/// that must all be present ("/en/drugs?nets=1"); <see cref="To"/> is where it now lives.
/// </summary>
public sealed class Redirect
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";
}
