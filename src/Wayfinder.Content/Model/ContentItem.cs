namespace Wayfinder.Content.Model;

/// <summary>The languages the site is written in. Every item belongs to exactly one.</summary>
public static class Languages
{
    public const string English = "en";
    public const string French = "fr";
    public static readonly IReadOnlyList<string> All = [English, French];

    public static bool IsSupported(string? lang) => lang is English or French;

    public static string Other(string lang) => lang == English ? French : English;
}

public enum ContentType
{
    CancerType,
    Topic,
    Drug,
    DrugMonograph,
    SymptomGuide,
    SideEffect,
    Page,
    Organisation,
    GlossaryTerm,
}

public enum Audience
{
    Patient,
    Provider,
    All,
}

public sealed record Source(string Title, string Publisher, int Year, string Url);

/// <summary>One line of a page's "What changed" list (<c>changes:</c> in its front matter).</summary>
/// <param name="Line">Line of the entry in its file, for diagnostics.</param>
public sealed record PageChange(DateOnly Date, string Note, int Line = 1);

/// <summary>Where a page stands with its clinical review, derived from the review ledger.</summary>
public enum ReviewState
{
    /// <summary>No clinician has signed this page off.</summary>
    Draft,

    /// <summary>The page's source is exactly the text its latest sign-off approved.</summary>
    Reviewed,

    /// <summary>The page was signed off, then its source changed: it needs a new review.</summary>
    ChangedSinceReview,
}

/// <summary>
/// One clinician's approval of one page in one language, as the review ledger
/// (<c>content/reviews.yaml</c>) records it: who, their role and licensing body, when, and the
/// hash of the source they approved.
/// </summary>
/// <param name="Page">The page's source path, relative to the content folder (<c>en/drugs/octreotide.md</c>).</param>
/// <param name="ChangesListed">How many entries the page's "What changed" list had when approved, so
/// <c>check</c> can tell that a later edit added one.</param>
/// <param name="Line">Line of the entry in the ledger, for diagnostics.</param>
public sealed record SignOff(string Page, string Reviewer, string Role, string Licence, DateOnly Date, string Hash, int ChangesListed, int Line = 1)
{
    /// <summary>"Jane Roe, RN (CNO)": how a page names its reviewer.</summary>
    public string Credit => $"{Reviewer}, {Role} ({Licence})";
}

/// <summary>A page's clinical review state and the sign-off it rests on (null for a draft).</summary>
public sealed record ClinicalReview(ReviewState State, SignOff? Latest)
{
    public static readonly ClinicalReview None = new(ReviewState.Draft, null);
}

/// <summary>A level-2 heading of a page, listed in its "On this page" box.</summary>
public sealed record Heading(string Id, string Text);

/// <summary>A link found in a content file, kept with its line for diagnostics.</summary>
public sealed record ContentLink(string Href, int Line);

/// <summary>
/// Fields every content item has (DESIGN section 3). The type-specific records below add
/// their own; the web layer picks a page model by the record's type, with <see cref="Article"/>
/// as the generic fallback.
/// </summary>
public abstract record ContentItem
{
    protected ContentItem()
    {
    }

    /// <summary>Every property this record declares, so the copy below can never miss one.</summary>
    private static readonly System.Reflection.PropertyInfo[] CommonFields = typeof(ContentItem)
        .GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.DeclaredOnly)
        .Where(p => p.CanWrite)
        .ToArray();

    /// <summary>Copies the common fields, so each type's record is built from the fields the
    /// loader read once (this is also the records' copy constructor, used by <c>with</c>). Every
    /// settable property is copied, so a field added later is never silently dropped.</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
#pragma warning disable CS8618 // every property is set by the loop, which the compiler cannot follow
    protected ContentItem(ContentItem fields)
#pragma warning restore CS8618
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var property in CommonFields)
        {
            property.SetValue(this, property.GetValue(fields));
        }
    }

    public required string Id { get; init; }
    public required ContentType Type { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required Audience Audience { get; init; }
    public required string Lang { get; init; }
    public string? TranslationOf { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required DateOnly NextReview { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>The page's "What changed" list, as written (newest last or first: shown newest first).</summary>
    public IReadOnlyList<PageChange> Changes { get; init; } = [];

    /// <summary><c>sha256:</c> and the hex SHA-256 of the source file (line ends as LF): what a sign-off approves.</summary>
    public string SourceHash { get; init; } = "";

    /// <summary>Derived from the review ledger when the snapshot is built; never written by hand.</summary>
    public ClinicalReview Review { get; init; } = ClinicalReview.None;

    /// <summary>The newest "What changed" entry, if any.</summary>
    public PageChange? LastChange => Changes.Count == 0 ? null : Changes.MaxBy(c => c.Date);

    /// <summary>"Last reviewed" as a reader sees it: the day a clinician signed the page as it is now,
    /// otherwise the editors' <c>reviewed</c> date.</summary>
    public DateOnly LastReviewed => Review.State == ReviewState.Reviewed ? Review.Latest!.Date : Reviewed;

    /// <summary>When the page last changed for a reader: its newest change, its editorial review or its
    /// clinical sign-off, whichever is latest (JSON-LD's <c>dateModified</c>, the sitemap's <c>lastmod</c>).</summary>
    public DateOnly LastModified => Later(Later(Reviewed, LastReviewed), LastChange?.Date ?? Reviewed);

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>Path of the file, relative to the content root, with forward slashes.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Site path such as <c>/en/palliative-care</c>; null for data-only items.</summary>
    public string? Url { get; init; }

    /// <summary>Sanitised HTML of the Markdown body.</summary>
    public required string Html { get; init; }

    /// <summary>Plain text of the body, for search and summaries.</summary>
    public required string PlainText { get; init; }

    public required IReadOnlyList<Heading> Headings { get; init; }

    /// <summary>Every anchor id in the body (headings with explicit or generated ids).</summary>
    public required IReadOnlySet<string> Anchors { get; init; }

    /// <summary>Every heading id in document order.</summary>
    public IReadOnlyList<string> SectionOrder { get; init; } = [];

    public required IReadOnlyList<ContentLink> Links { get; init; }

    /// <summary>The body's sentences with their lines, for the plain-language checks.</summary>
    public required IReadOnlyList<Readability.Sentence> Sentences { get; init; }

    /// <summary>Pages written for patients and families (audience patient or all).</summary>
    public bool IsForPatients => Audience != Audience.Provider;

    /// <summary>Not clinically reviewed as it is now: never signed, or changed since its sign-off.</summary>
    public bool IsDraft => Review.State != ReviewState.Reviewed;
}

/// <summary>A generic page: palliative care, home, accessibility statement...</summary>
public sealed record Article : ContentItem
{
    public Article()
    {
    }
}

public sealed record AudienceGroup(string Title, IReadOnlyList<NavLink> Links);

public sealed record NavLink(string Text, string Href, int Line);

/// <summary>
/// The hub page of a cancer type. Everything the site knows about a cancer type comes from
/// here: its names (search), the condition terms and codes that tag clinical trials to it,
/// and the pages under it. Only the common fields are required.
/// </summary>
public sealed record CancerType : ContentItem
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public CancerType(ContentItem fields)
        : base(fields)
    {
    }

    public IReadOnlyList<string> AlsoKnownAs { get; init; } = [];
    public IReadOnlyList<AudienceGroup> AudienceGroups { get; init; } = [];

    /// <summary>Words in a trial's conditions or keywords that tag it to this cancer type
    /// (short ones match whole words only).</summary>
    public IReadOnlyList<string> TrialTerms { get; init; } = [];

    /// <summary>MeSH codes of the registry's condition terms that tag a trial to this cancer type ("MeSH:D018358").</summary>
    public IReadOnlyList<string> TrialCodes { get; init; } = [];

    /// <summary>ClinicalTrials.gov's condition search for <c>trials sync</c>; by default, the terms joined with OR.</summary>
    public string? TrialQuery { get; init; }

    /// <summary>The hub's title without a trailing abbreviation in brackets: "Acute myeloid leukemia (AML)" gives "Acute myeloid leukemia".</summary>
    public string ShortTitle => Title.Contains(" (", StringComparison.Ordinal) && Title.EndsWith(')') ? Title[..Title.LastIndexOf(" (", StringComparison.Ordinal)] : Title;
    public IReadOnlyList<string> OrganisationIds { get; init; } = [];

    /// <summary>Ids of the topic pages under this hub, in reading order ("View all" follows it).</summary>
    public IReadOnlyList<string> TopicIds { get; init; } = [];
}

/// <summary>A word a patient meets, defined in plain language. Listed at /en/glossary; data only.</summary>
public sealed record GlossaryTerm : ContentItem
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public GlossaryTerm(ContentItem fields)
        : base(fields)
    {
    }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What an abbreviation stands for, such as "positron emission tomography".</summary>
    public string? Expansion { get; init; }

    /// <summary>The title and every alias: the forms linked on pages.</summary>
    public IEnumerable<string> Forms => Aliases.Prepend(Title);

    /// <summary>The term's anchor on the glossary page: its id in English, and its French file name in
    /// French (<c>#anesthesiologiste</c> on the French glossary), so both languages share one id but each reads
    /// in its own language.</summary>
    public string Anchor => Lang == Languages.French ? System.IO.Path.GetFileNameWithoutExtension(SourcePath) : Id;
}

/// <summary>A real organisation the site points people to. Data only: it has no page.</summary>
public sealed record Organisation : ContentItem
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public Organisation(ContentItem fields)
        : base(fields)
    {
    }

    public string ExternalUrl { get; init; } = "";
    public string? Phone { get; init; }
}

/// <summary>One row of a drug sheet's side-effect table.</summary>
/// <param name="Line">Line of the row in its file, for diagnostics.</param>
public sealed record SideEffect(string Effect, string Frequency, string WhatToDo, string Urgency, string GetHelp, int Line = 1);

/// <summary>A drug information sheet: patient sections, then a provider section.</summary>
public sealed record Drug : ContentItem
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public Drug(ContentItem fields)
        : base(fields)
    {
    }

    public string GenericName { get; init; } = "";
    public string Pronunciation { get; init; } = "";
    public IReadOnlyList<string> BrandNames { get; init; } = [];
    public string DrugClass { get; init; } = "";
    /// <summary>The cancer types (hub ids) this medicine is used for, as this site covers them.</summary>
    public IReadOnlyList<string> CancerTypeIds { get; init; } = [];

    /// <summary>The active ingredient as Health Canada's Drug Product Database names it ("OCTREOTIDE").</summary>
    public string? DpdIngredient { get; init; }
    public IReadOnlyList<SideEffect> SideEffects { get; init; } = [];

    /// <summary>The last segment of the sheet's address, which is also its generic slug.</summary>
    public string Slug => Url![(Url!.LastIndexOf('/') + 1)..];

    /// <summary>"Somatuline Autogel" becomes "somatuline-autogel": brand addresses redirect to the sheet.</summary>
    public static string SlugOf(string name)
    {
        var decomposed = name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        var slug = new System.Text.StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}

/// <summary>
/// A drug's monograph for health care providers, a page under its patient sheet
/// (<c>/en/drugs/octreotide/provider</c>): mechanism, indications and funding, dosing,
/// side effects, interactions and monitoring, kept apart from the patient's words.
/// </summary>
public sealed record DrugMonograph : ContentItem
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public DrugMonograph(ContentItem fields)
        : base(fields)
    {
    }

    /// <summary>The address of the patient sheet this monograph belongs to: its parent.</summary>
    public string SheetUrl => Url![..Url!.LastIndexOf('/')];
}

/// <summary>A course, book, video or worksheet a guide points to (a real, findable resource).</summary>
public sealed record Resource(string Type, string Title, string Publisher, string Url);

/// <summary>A symptom management guide, for patients or for providers.</summary>
public sealed record SymptomGuide : ContentItem
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public SymptomGuide(ContentItem fields)
        : base(fields)
    {
    }

    /// <summary>The self-check symptom id this guide covers, if any ("pain").</summary>
    public string? Symptom { get; init; }
    public IReadOnlyList<Resource> Resources { get; init; } = [];
}

/// <summary>A chemotherapy side-effect information sheet.</summary>
public sealed record SideEffectSheet : ContentItem
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public SideEffectSheet(ContentItem fields)
        : base(fields)
    {
    }

    public IReadOnlyList<Resource> Resources { get; init; } = [];
}
