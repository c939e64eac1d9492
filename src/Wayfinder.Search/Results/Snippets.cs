using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Wayfinder.Search.Results;

/// <summary>
/// The passage shown under a result: the stretch of the body (or the summary, when the body has
/// no match) with the most distinct matched words, HTML-encoded, with matches in <c>&lt;mark&gt;</c>.
/// Matches are read from the index's term vectors (each term's offsets in the text), so the words
/// found are exactly those the index matched: a search for "tumor" marks "tumours", and one for
/// "breathless" marks "shortness of breath" — without analyzing the page again for every search.
/// </summary>
internal static class Snippets
{
    public const int Length = 180;

    /// <summary>Start a little before the first match so it reads as part of a sentence.</summary>
    private const int Lead = 40;

    public static string Build(IndexReader reader, int doc, SearchDocument document, IReadOnlySet<string> terms)
    {
        foreach (var (field, text) in new[] { (IndexFields.Body, document.Body), (IndexFields.Summary, document.Summary) })
        {
            var hits = Hits(reader, doc, field, terms);
            if (hits.Count > 0)
            {
                var (start, end) = BestWindow(text, hits);
                return Render(text, start, end, hits);
            }
        }

        var fallback = document.Summary.Length > 0 ? document.Summary : document.Body;
        var cut = WordBoundaryBefore(fallback, Math.Min(fallback.Length, Length));
        return Render(fallback, 0, cut, []);
    }

    /// <summary>Matched stretches in text order; a synonym phrase is one stretch.</summary>
    private static List<(int Start, int End, string Term)> Hits(IndexReader reader, int doc, string field, IReadOnlySet<string> terms)
    {
        var found = new List<(int Start, int End, string Term)>();
        var vector = reader.GetTermVector(doc, field);
        if (vector is null)
        {
            return found;
        }

        var termsEnum = vector.GetEnumerator();
        DocsAndPositionsEnum? positions = null;
        foreach (var term in terms)
        {
            if (!termsEnum.SeekExact(new BytesRef(term)))
            {
                continue;
            }

            positions = termsEnum.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                found.Add((positions.StartOffset, positions.EndOffset, term));
            }
        }

        var hits = new List<(int Start, int End, string Term)>();
        foreach (var hit in found.OrderBy(h => h.Start).ThenByDescending(h => h.End))
        {
            if (hits.Count == 0 || hit.Start >= hits[^1].End)
            {
                hits.Add(hit);
            }
        }

        return hits;
    }

    private static (int Start, int End) BestWindow(string text, List<(int Start, int End, string Term)> hits)
    {
        var bestStart = hits[0].Start;
        var bestScore = -1;
        for (var i = 0; i < hits.Count; i++)
        {
            var distinct = hits.Skip(i).TakeWhile(h => h.End <= hits[i].Start + Length - Lead).Select(h => h.Term).Distinct().Count();
            if (distinct > bestScore)
            {
                bestScore = distinct;
                bestStart = hits[i].Start;
            }
        }

        var start = WordBoundaryAfter(text, Math.Max(0, bestStart - Lead), bestStart);
        var end = WordBoundaryBefore(text, Math.Min(text.Length, start + Length));
        return (start, Math.Max(end, Math.Min(text.Length, hits.First(h => h.Start >= start).End)));
    }

    private static int WordBoundaryAfter(string text, int from, int limit)
    {
        if (from == 0)
        {
            return 0;
        }

        var space = text.IndexOf(' ', from, limit - from);
        return space < 0 ? limit : space + 1;
    }

    private static int WordBoundaryBefore(string text, int end)
    {
        if (end >= text.Length)
        {
            return text.Length;
        }

        var space = text.LastIndexOf(' ', end);
        return space > end - 30 && space > 0 ? space : end;
    }

    private static string Render(string text, int start, int end, List<(int Start, int End, string Term)> hits)
    {
        var html = new StringBuilder(Length + 64);
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (hitStart, hitEnd, _) in hits.Where(h => h.Start >= start && h.End <= end))
        {
            Encode(html, text, at, hitStart);
            html.Append("<mark>");
            Encode(html, text, hitStart, hitEnd);
            html.Append("</mark>");
            at = hitEnd;
        }

        Encode(html, text, at, end);
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>Encodes the five characters that matter in HTML text and attributes, and makes
    /// every run of white space one space (bodies keep their line breaks).</summary>
    private static void Encode(StringBuilder html, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '&': html.Append("&amp;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        if (html.Length > 0 && html[^1] != ' ')
                        {
                            html.Append(' ');
                        }
                    }
                    else
                    {
                        html.Append(c);
                    }

                    break;
            }
        }
    }
}
