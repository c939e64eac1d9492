using System.Security.Cryptography;
using System.Text;

namespace Wayfinder.Trials;

/// <summary>
/// What tags a trial to one cancer type: the condition words a sponsor might write, and the
/// MeSH codes the registry derives from them. Declared in the cancer type's hub
/// (<c>trial_conditions</c>), never in code, so an agency adds a cancer type by writing files.
/// </summary>
public sealed record CancerTypeTerms(string Id, IReadOnlyList<string> Terms, IReadOnlyList<string> Codes, string? RegistryQuery = null)
{
    /// <summary>What <c>trials sync</c> asks ClinicalTrials.gov for (<c>query.cond</c>): the hub's
    /// own query when it gives one, else every term, quoted, joined with OR.</summary>
    public string SyncCondition => string.IsNullOrWhiteSpace(RegistryQuery)
        ? string.Join(" OR ", Terms.Select(t => t.Contains(' ', StringComparison.Ordinal) ? $"\"{t}\"" : t))
        : RegistryQuery.Trim();

    /// <summary>Terms this short match only as whole words, so an abbreviation such as "ALL" does not match "small".</summary>
    public const int ShortTermLength = 4;

    /// <summary>
    /// Does this condition (or keyword) name the cancer type? Long terms match anywhere
    /// ("metastatic melanoma of the eye" contains "melanoma"); short ones only as whole
    /// words. British and American spellings of "tumour" are the same word.
    /// </summary>
    public bool Matches(string condition)
    {
        var text = Normalise(condition);
        return Terms.Any(term =>
        {
            var wanted = Normalise(term).Trim();
            return wanted.Length > 0 && (wanted.Length > ShortTermLength
                ? text.Contains(wanted, StringComparison.Ordinal)
                : text.Contains(' ' + wanted + ' ', StringComparison.Ordinal));
        });
    }

    /// <summary>Does one of the registry's MeSH codes for a trial's conditions belong to this cancer type?
    /// Codes compare by number, so the registry's "D000018358" is MeSH's "D018358".</summary>
    public bool MatchesCode(string code)
    {
        var wanted = NormaliseCode(code);
        return wanted.Length > 0 && Codes.Any(c => NormaliseCode(c) == wanted);
    }

    /// <summary>The words a text search for this cancer type looks for, in lower case.</summary>
    public IReadOnlyList<string> SearchWords => Terms.Select(t => Normalise(t).Trim()).Where(t => t.Length > 0).Distinct().ToList();

    /// <summary>Lower case, one space between words, punctuation other than hyphens as spaces,
    /// "tumour" spelled "tumor", padded with a space each side for whole-word tests.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = char.IsLetterOrDigit(c) || c == '-' ? c : ' ';
            if (keep != ' ' || builder[^1] != ' ')
            {
                builder.Append(keep);
            }
        }

        if (builder[^1] != ' ')
        {
            builder.Append(' ');
        }

        return builder.ToString().Replace("tumour", "tumor", StringComparison.Ordinal);
    }

    private static string NormaliseCode(string code)
    {
        var trimmed = code.Trim().ToUpperInvariant();
        var colon = trimmed.LastIndexOf(':');
        trimmed = colon >= 0 ? trimmed[(colon + 1)..] : trimmed;
        return trimmed.Length > 1 && char.IsLetter(trimmed[0]) ? trimmed[0] + trimmed[1..].TrimStart('0') : trimmed;
    }
}

/// <summary>
/// Every cancer type the content declares, as trials see them: which tags a trial gets, which
/// cancer type a typed condition names, and a fingerprint that changes when any term does (so
/// stored tags are redone only when the content changed them).
/// </summary>
public sealed class CancerTypeCatalog
{
    public CancerTypeCatalog(IEnumerable<CancerTypeTerms> types)
    {
        All = types.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var canonical = string.Join("\n", All.Select(t =>
            $"{t.Id}|{string.Join(",", t.Terms.Select(x => CancerTypeTerms.Normalise(x).Trim()).Order(StringComparer.Ordinal))}|{string.Join(",", t.Codes.Order(StringComparer.Ordinal))}"));
        Fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..16];
    }

    public static CancerTypeCatalog Empty { get; } = new([]);

    /// <summary>
    /// The cancer types of a content snapshot. A hub's <c>trial_terms</c> in every language count;
    /// a hub that lists none is found by its names (title and <c>also_known_as</c>), so a
    /// cancer type with only the common fields still gets its trials.
    /// </summary>
    public static CancerTypeCatalog From(Content.Loading.ContentSnapshot snapshot) =>
        new(snapshot.Items.OfType<Content.Model.CancerType>().GroupBy(c => c.Id, StringComparer.Ordinal).Select(hubs =>
        {
            var declared = hubs.SelectMany(h => h.TrialTerms).ToList();
            var terms = declared.Count > 0 ? declared : hubs.SelectMany(h => h.AlsoKnownAs.Prepend(h.ShortTitle)).ToList();
            return new CancerTypeTerms(hubs.Key,
                terms.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                hubs.SelectMany(h => h.TrialCodes).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                hubs.Select(h => h.TrialQuery).FirstOrDefault(q => !string.IsNullOrWhiteSpace(q)));
        }));

    public IReadOnlyList<CancerTypeTerms> All { get; }

    public string Fingerprint { get; }

    public CancerTypeTerms? Find(string? id) => All.FirstOrDefault(t => string.Equals(t.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The cancer type a condition typed into the finder names (any of its terms), if any.</summary>
    public CancerTypeTerms? ForCondition(string? condition) =>
        string.IsNullOrWhiteSpace(condition) ? null : All.FirstOrDefault(t => t.Matches(condition));

    /// <summary>What <c>trials sync</c> asks for by default: every cancer type's condition query, joined with OR.</summary>
    public string SyncCondition => string.Join(" OR ", All.Select(t => t.SyncCondition).Where(q => q.Length > 0).Select(q => All.Count > 1 ? $"({q})" : q));

    /// <summary>The cancer types a trial belongs to, from its conditions, keywords and MeSH codes.</summary>
    public IReadOnlyList<string> TagsFor(IEnumerable<string> conditionsAndKeywords, IEnumerable<string> codes)
    {
        var words = conditionsAndKeywords.ToList();
        var codeList = codes.ToList();
        return All.Where(t => words.Any(t.Matches) || codeList.Any(t.MatchesCode)).Select(t => t.Id).ToList();
    }
}
