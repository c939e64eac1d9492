using Wayfinder.Content.Checking;
using Wayfinder.Content.Markdown;
using Wayfinder.Content.Model;
using Wayfinder.Content.Schemas;
using Wayfinder.Content.Site;
using Wayfinder.Content.Triage;
using YamlDotNet.RepresentationModel;

namespace Wayfinder.Content.Loading;

/// <summary>
/// Reads <c>content/site.yaml</c> and every <c>content/&lt;lang&gt;/**/*.md</c> into a snapshot,
/// collecting every problem as a <see cref="Diagnostic"/> instead of stopping at the first.
/// </summary>
public sealed class ContentLoader(MarkdownRenderer renderer, TimeProvider time)
{
    private static long versions;

    public ContentLoader()
        : this(new MarkdownRenderer(), TimeProvider.System)
    {
    }

    /// <summary>
    /// Run the plain-language checks (reading level, sentence length, abbreviations). They are for
    /// editors: they never block serving, so the site turns them off to start faster; <c>check</c>
    /// keeps them on.
    /// </summary>
    public bool EditorialChecks { get; init; } = true;

    public ContentSnapshot Load(string contentRoot)
    {
        var diagnostics = new List<Diagnostic>();
        var items = new List<ContentItem>();
        var root = Path.GetFullPath(contentRoot);

        SiteConfig? site = null;
        var sitePath = Path.Combine(root, "site.yaml");
        if (File.Exists(sitePath))
        {
            if (ContentFiles.Read(root, sitePath, diagnostics) is { } siteText)
            {
                (site, var siteDiagnostics) = SiteConfig.Parse("site.yaml", siteText);
                diagnostics.AddRange(siteDiagnostics.Select(d => d with { Rule = Rules.Site }));
            }
        }
        else
        {
            diagnostics.Add(new Diagnostic("site.yaml", 1, Severity.Error, "site.yaml is missing from the content folder", Rules.Site));
        }

        // The triage model first: pages' urgency cards are rendered and checked against it.
        var triage = TriageModel.Empty;
        var triagePath = Path.Combine(root, TriageModel.FileName);
        if (File.Exists(triagePath))
        {
            if (ContentFiles.Read(root, triagePath, diagnostics) is { } triageText)
            {
                (var model, var triageDiagnostics) = TriageModel.Parse(TriageModel.FileName, triageText);
                diagnostics.AddRange(triageDiagnostics);
                triage = model ?? TriageModel.Empty;
            }
        }
        else
        {
            diagnostics.Add(new Diagnostic(TriageModel.FileName, 1, Severity.Error, "triage.yaml is missing from the content folder: urgency cards and the self-check need it", Rules.Triage));
        }

        // Search's synonyms are content too: checked here, at start-up, on reload and by `check`.
        var synonyms = Synonyms.SynonymMap.Empty;
        var synonymsPath = Path.Combine(root, Synonyms.SynonymMap.FileName);
        if (File.Exists(synonymsPath) && ContentFiles.Read(root, synonymsPath, diagnostics) is { } synonymsText)
        {
            var (map, problem) = Synonyms.SynonymMap.Parse(Synonyms.SynonymMap.FileName, synonymsText);
            synonyms = map ?? Synonyms.SynonymMap.Empty;
            if (problem is not null)
            {
                diagnostics.Add(problem);
            }
        }

        var questionnaires = LoadQuestionnaires(root, triage, diagnostics);

        // The termbase: one spelling of each English word, one French term for each English one.
        var termbase = Checking.Termbase.Empty;
        var termsPath = Path.Combine(root, Checking.Termbase.FileName);
        if (EditorialChecks && File.Exists(termsPath) && ContentFiles.Read(root, termsPath, diagnostics) is { } termsText)
        {
            var (parsed, problems) = Checking.Termbase.Parse(Checking.Termbase.FileName, termsText);
            diagnostics.AddRange(problems);
            termbase = parsed ?? Checking.Termbase.Empty;
        }

        foreach (var lang in Languages.All)
        {
            var folder = Path.Combine(root, lang);
            if (!Directory.Exists(folder))
            {
                diagnostics.Add(new Diagnostic(lang, 1, Severity.Error, $"the '{lang}' content folder is missing"));
                continue;
            }

            // Files are independent: parse and render them on every core, then keep file order.
            var loaded = ContentFiles.Markdown(root, folder, diagnostics)
                .AsParallel().AsOrdered()
                .Select(file =>
                {
                    var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                    var fileDiagnostics = new List<Diagnostic>();
                    var text = ContentFiles.Read(root, file, fileDiagnostics);
                    if (text is not null)
                    {
                        fileDiagnostics.AddRange(termbase.CheckFile(relative, lang, text));
                    }

                    return (Item: text is null ? null : LoadFile(relative, text, lang, fileDiagnostics, triage), Diagnostics: fileDiagnostics);
                })
                .ToList();
            foreach (var (item, fileDiagnostics) in loaded)
            {
                diagnostics.AddRange(fileDiagnostics);
                if (item is not null)
                {
                    items.Add(item);
                }
            }
        }

        diagnostics.AddRange(ContentChecker.Check(items, DateOnly.FromDateTime(time.GetLocalNow().Date), site?.Checks, EditorialChecks, site?.PlannedPages));
        if (site is not null)
        {
            diagnostics.AddRange(ContentChecker.CheckSiteLinks(site, items));
        }

        diagnostics.AddRange(TriageChecker.CheckGuides(triage, items));
        diagnostics.AddRange(CheckQuestionnaires(questionnaires, items));
        diagnostics.AddRange(CheckCancerTypeReferences(items));
        diagnostics.AddRange(CheckMonographs(items));

        // The review ledger decides each page's review state, bound to the text it approved.
        var ledger = Reviews.ReviewLedger.Load(root, diagnostics);
        var reviewed = Reviews.ReviewLedger.Apply(items, ledger, DateOnly.FromDateTime(time.GetLocalNow().Date), diagnostics);

        var linked = GlossaryLinker.LinkAll(reviewed, site);
        return new ContentSnapshot(site ?? new SiteConfig(), linked, diagnostics, Interlocked.Increment(ref versions)) { Triage = triage, Synonyms = synonyms, Questionnaires = questionnaires.ToDictionary(q => q.Questionnaire.Id, q => q.Questionnaire, StringComparer.Ordinal) };
    }

    /// <summary>Parses and validates one file; returns null when it cannot be used.</summary>
    /// <param name="triage">The triage model pages' urgency cards are rendered with and checked against.</param>
    public ContentItem? LoadFile(string relativePath, string text, string folderLang, List<Diagnostic> diagnostics, TriageModel? triage = null)
    {
        var (document, error) = FrontMatterDocument.Parse(relativePath, text);
        if (document is null)
        {
            diagnostics.Add(error!);
            return null;
        }

        var map = document.FrontMatter;
        var typeName = Scalar(map, "type");
        if (typeName is null || !ContentSchemas.ByTypeName.TryGetValue(typeName, out var schema))
        {
            diagnostics.Add(new Diagnostic(relativePath, Line(map, "type"), Severity.Error,
                $"'type' must be one of: {string.Join(", ", ContentSchemas.TypeNames)}"));
            return null;
        }

        var problems = schema.Validate(relativePath, map).ToList();
        diagnostics.AddRange(problems);
        if (problems.Any(d => d.Severity == Severity.Error))
        {
            return null;
        }

        var lang = Scalar(map, "lang")!;
        if (lang != folderLang)
        {
            diagnostics.Add(new Diagnostic(relativePath, Line(map, "lang"), Severity.Error,
                $"'lang' is '{lang}' but the file is in the '{folderLang}' folder"));
            return null;
        }

        var rendered = renderer.Render(document.Body, lang, document.BodyFirstLine, triage);
        if (triage is { Levels.Count: > 0 })
        {
            diagnostics.AddRange(TriageChecker.CheckCards(relativePath, lang, rendered.Cards, triage));
        }

        foreach (var (kind, line) in rendered.Callouts.Where(c => !Callouts.AllKinds.Contains(c.Kind)))
        {
            diagnostics.Add(new Diagnostic(relativePath, line, Severity.Error,
                $"unknown callout ':::{kind}'; use one of: {string.Join(", ", Callouts.AllKinds)}", Rules.Markdown));
        }

        var common = new Article
        {
            Id = Scalar(map, "id")!,
            Type = ContentSchemas.ParseType(typeName),
            Title = Scalar(map, "title")!,
            Summary = Scalar(map, "summary")!,
            Audience = Scalar(map, "audience") switch { "patient" => Audience.Patient, "provider" => Audience.Provider, _ => Audience.All },
            Lang = lang,
            TranslationOf = Scalar(map, "translation_of"),
            Reviewed = Date(map, "reviewed"),
            NextReview = Date(map, "next_review"),
            Sources = Sources(map),
            Changes = Changes(map),
            SourceHash = Reviews.SourceHash.Of(text),
            SourcePath = relativePath,
            Url = schema.HasPage ? UrlOf(relativePath) : null,
            Html = rendered.Html,
            PlainText = rendered.PlainText,
            Headings = rendered.Headings,
            Anchors = rendered.Anchors,
            SectionOrder = rendered.SectionOrder,
            Links = rendered.Links,
            Sentences = rendered.Sentences,
        };

        ContentItem item = typeName switch
        {
            "cancer-type" => new CancerType(common)
            {
                AlsoKnownAs = List(map, "also_known_as"),
                AudienceGroups = AudienceGroups(map),
                TrialTerms = List(map, "trial_terms"),
                TrialCodes = List(map, "trial_codes"),
                TrialQuery = Scalar(map, "trial_query"),
                OrganisationIds = List(map, "organisations"),
                TopicIds = List(map, "topics"),
            },
            "drug" => new Drug(common)
            {
                GenericName = Scalar(map, "generic_name")!,
                Pronunciation = Scalar(map, "pronunciation")!,
                BrandNames = List(map, "brand_names"),
                DrugClass = Scalar(map, "drug_class")!,
                CancerTypeIds = List(map, "cancer_types"),
                DpdIngredient = Scalar(map, "dpd_ingredient"),
                SideEffects = ((YamlSequenceNode)ContentSchema.Find(map, "side_effects")!).OfType<YamlMappingNode>()
                    .Select(r => new SideEffect(Scalar(r, "effect")!, Scalar(r, "frequency")!, Scalar(r, "what_to_do")!, Scalar(r, "urgency")!, Scalar(r, "get_help")!, FrontMatterDocument.LineOf(r)))
                    .ToList(),
            },
            "drug-monograph" => new DrugMonograph(common),
            "symptom-guide" => new SymptomGuide(common)
            {
                Symptom = Scalar(map, "symptom"),
                Resources = Resources(map),
            },
            "side-effect" => new SideEffectSheet(common)
            {
                Resources = Resources(map),
            },
            "glossary-term" => new GlossaryTerm(common)
            {
                Aliases = List(map, "aliases"),
                Expansion = Scalar(map, "expansion"),
            },
            "organisation" => new Organisation(common)
            {
                ExternalUrl = Scalar(map, "url")!,
                Phone = Scalar(map, "phone"),
            },
            _ => common,
        };

        if (item is Drug drug && triage is { Levels.Count: > 0 })
        {
            diagnostics.AddRange(TriageChecker.CheckSideEffects(drug, triage));
        }

        return item;
    }

    /// <summary><c>en/index.md</c> is <c>/en/</c>; <c>en/a/b/index.md</c> is <c>/en/a/b</c>; <c>en/a.md</c> is <c>/en/a</c>.</summary>
    public static string UrlOf(string relativePath)
    {
        var path = "/" + relativePath[..^".md".Length];
        if (path.EndsWith("/index", StringComparison.Ordinal))
        {
            path = path[..^"index".Length];
        }

        return path.Count(c => c == '/') > 2 || !path.EndsWith('/') ? path.TrimEnd('/') : path;
    }

    /// <summary>A drug sheet's <c>cancer_types</c> name cancer-type hubs of its language.</summary>
    private static IEnumerable<Diagnostic> CheckCancerTypeReferences(List<ContentItem> items)
    {
        var hubs = items.OfType<CancerType>().Select(h => (h.Lang, h.Id)).ToHashSet();
        foreach (var drug in items.OfType<Drug>())
        {
            foreach (var id in drug.CancerTypeIds.Where(id => !hubs.Contains((drug.Lang, id))))
            {
                yield return new Diagnostic(drug.SourcePath, 2, Severity.Error,
                    $"'cancer_types': '{id}' is not the id of a cancer-type hub in content/{drug.Lang}", Rules.Link);
            }
        }
    }

    /// <summary>Each drug sheet has one provider monograph, a page for providers in the sheet's folder;
    /// patient and provider words stay apart.</summary>
    private static IEnumerable<Diagnostic> CheckMonographs(List<ContentItem> items)
    {
        var sheets = items.OfType<Drug>().Where(d => d.Url is not null).ToDictionary(d => d.Url!, StringComparer.Ordinal);
        var monographs = items.OfType<DrugMonograph>().Where(m => m.Url is not null).ToList();
        foreach (var monograph in monographs)
        {
            if (!sheets.ContainsKey(monograph.SheetUrl))
            {
                yield return new Diagnostic(monograph.SourcePath, 1, Severity.Error,
                    $"a drug monograph belongs in the folder of its drug sheet, but {monograph.SheetUrl} is not a drug sheet", Rules.Link);
            }

            if (monograph.Audience != Audience.Provider)
            {
                yield return new Diagnostic(monograph.SourcePath, 2, Severity.Error, "a drug monograph is written for providers: use 'audience: provider'");
            }
        }

        foreach (var group in monographs.GroupBy(m => m.SheetUrl).Where(g => g.Count() > 1))
        {
            foreach (var extra in group.Skip(1))
            {
                yield return new Diagnostic(extra.SourcePath, 1, Severity.Error, $"{group.Key} already has a monograph: {group.First().SourcePath}");
            }
        }

        var covered = monographs.Select(m => m.SheetUrl).ToHashSet(StringComparer.Ordinal);
        foreach (var sheet in sheets.Values.Where(s => !covered.Contains(s.Url!)))
        {
            var folder = sheet.SourcePath[..^".md".Length];
            yield return new Diagnostic(sheet.SourcePath, 1, Severity.Error,
                $"drug sheet has no provider monograph: add a 'type: drug-monograph' page in content/{folder}/", Rules.Link);
        }
    }

    /// <summary>The questionnaires (<c>questionnaires/*.yaml</c>), bound to the triage model.</summary>
    private static List<(string Path, Questionnaires.Questionnaire Questionnaire)> LoadQuestionnaires(string root, TriageModel triage, List<Diagnostic> diagnostics)
    {
        var loaded = new List<(string, Questionnaires.Questionnaire)>();
        var folder = Path.Combine(root, "questionnaires");
        if (!Directory.Exists(folder))
        {
            return loaded;
        }

        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var path = "questionnaires/" + Path.GetFileName(file);
            if (ContentFiles.Read(root, file, diagnostics) is not { } text)
            {
                continue;
            }

            try
            {
                loaded.Add((path, Questionnaires.Questionnaire.Parse(text, triage)));
            }
            catch (YamlDotNet.Core.YamlException ex)
            {
                diagnostics.Add(new Diagnostic(path, Math.Max(1, (int)ex.Start.Line), Severity.Error, $"not valid: {ex.InnerException?.Message ?? ex.Message}"));
            }
            catch (InvalidDataException ex)
            {
                diagnostics.Add(new Diagnostic(path, 1, Severity.Error, ex.Message));
            }
        }

        return loaded;
    }

    /// <summary>Every danger sign's guide is a page in both languages, and every symptom guide
    /// names a symptom the self-check asks about.</summary>
    private static IEnumerable<Diagnostic> CheckQuestionnaires(List<(string Path, Questionnaires.Questionnaire Questionnaire)> questionnaires, List<ContentItem> items)
    {
        var pages = items.Where(i => i.Url is not null).Select(i => (i.Lang, i.Id)).ToHashSet();
        foreach (var (path, questionnaire) in questionnaires)
        {
            foreach (var guide in questionnaire.RedFlags.Where(f => f.Guide is not null).Select(f => f.Guide!).Distinct(StringComparer.Ordinal))
            {
                foreach (var lang in Languages.All.Where(lang => !pages.Contains((lang, guide))))
                {
                    yield return new Diagnostic(path, 1, Severity.Error, $"red-flag guide '{guide}' is not a page in content/{lang}", Rules.Link);
                }
            }
        }

        if (questionnaires.Count == 0)
        {
            yield break;
        }

        var symptoms = questionnaires.SelectMany(q => q.Questionnaire.Items.Select(i => i.Id)).ToHashSet(StringComparer.Ordinal);
        foreach (var guide in items.OfType<SymptomGuide>().Where(g => g.Symptom is not null && !symptoms.Contains(g.Symptom)))
        {
            yield return new Diagnostic(guide.SourcePath, 2, Severity.Error,
                $"'symptom' must be one of the self-check's symptoms: {string.Join(", ", symptoms.Order(StringComparer.Ordinal))}");
        }
    }

    private static string? Scalar(YamlMappingNode map, string name) =>
        (ContentSchema.Find(map, name) as YamlScalarNode)?.Value;

    private static int Line(YamlMappingNode map, string name) =>
        FrontMatterDocument.LineOf(ContentSchema.Find(map, name) ?? map);

    private static DateOnly Date(YamlMappingNode map, string name) =>
        ContentSchema.TryDate(Scalar(map, name) ?? "", out var date) ? date : default;

    private static List<string> List(YamlMappingNode map, string name) =>
        ContentSchema.Find(map, name) is YamlSequenceNode list
            ? list.OfType<YamlScalarNode>().Select(n => n.Value ?? "").ToList()
            : [];

    private static List<Source> Sources(YamlMappingNode map) =>
        ((YamlSequenceNode)ContentSchema.Find(map, "sources")!).OfType<YamlMappingNode>()
            .Select(s => new Source(
                Scalar(s, "title")!,
                Scalar(s, "publisher")!,
                int.Parse(Scalar(s, "year")!, System.Globalization.CultureInfo.InvariantCulture),
                Scalar(s, "url")!))
            .ToList();

    private static List<PageChange> Changes(YamlMappingNode map) =>
        ContentSchema.Find(map, "changes") is YamlSequenceNode list
            ? list.OfType<YamlMappingNode>().Select(c => new PageChange(Date(c, "date"), Scalar(c, "note")!.Trim(), FrontMatterDocument.LineOf(c))).ToList()
            : [];

    private static List<Resource> Resources(YamlMappingNode map) =>
        ContentSchema.Find(map, "resources") is YamlSequenceNode list
            ? list.OfType<YamlMappingNode>().Select(r => new Resource(Scalar(r, "type")!, Scalar(r, "title")!, Scalar(r, "publisher")!, Scalar(r, "url")!)).ToList()
            : [];

    private static List<AudienceGroup> AudienceGroups(YamlMappingNode map) =>
        (ContentSchema.Find(map, "audience_groups") as YamlSequenceNode)?.OfType<YamlMappingNode>()
            .Select(g => new AudienceGroup(
                Scalar(g, "title")!,
                ((YamlSequenceNode)ContentSchema.Find(g, "links")!).OfType<YamlMappingNode>()
                    .Select(l => new NavLink(Scalar(l, "text")!, Scalar(l, "href")!, FrontMatterDocument.LineOf(l)))
                    .ToList()))
            .ToList() ?? [];
}
