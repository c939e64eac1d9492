using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Wayfinder.Symptoms;

namespace Wayfinder.Web.Features.SymptomRecord;

/// <summary>What a record form sent: its files and kept results, the summary's period, and where the results came from.</summary>
/// <param name="NotAForm">The request was not a multipart form (a link, a script, a hand-made post).</param>
public sealed record RecordUploadForm(IReadOnlyList<RecordFile> Files, int PeriodWeeks, bool FromDevice, bool NotAForm);

/// <summary>
/// Reads a record form as a stream, part by part, into memory. ASP.NET's own form reader writes
/// uploaded files larger than 64 KB to a temporary file on disk; a person's results must never
/// touch the disk, so this reader is used instead and nothing else reads the form. A file larger
/// than a result can be is skipped unread (its name is kept, to say so), and a whole upload is
/// bounded so a mistaken 10 MB file still gets its own clear message.
/// </summary>
public static class RecordUpload
{
    /// <summary>
    /// Room for a year of results many times over, and for one mistaken large file to be named.
    /// Past it, the rest of the upload is read past without being kept, and each file in it is
    /// named as not read: the browser gets a page rather than a dropped connection.
    /// </summary>
    public const long MaxUploadBytes = 16 * 1024 * 1024;

    /// <summary>Past this, Kestrel refuses the request outright (413).</summary>
    public const long HardLimitBytes = 64 * 1024 * 1024;

    /// <summary>Periods a visit summary may cover, in weeks.</summary>
    public static readonly IReadOnlyList<int> Periods = [4, 13, 26, 52];

    public const int DefaultPeriod = 13;

    /// <summary>Kept results come back from the record page's own forms as text fields of this name.</summary>
    public const string ResultField = "result";

    public static async Task<RecordUploadForm> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = HardLimitBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return new RecordUploadForm([], DefaultPeriod, false, NotAForm: true);
        }

        var files = new List<RecordFile>();
        var period = DefaultPeriod;
        var fromDevice = false;
        var current = "";
        var budget = new Budget();
        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellation) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    await section.Body.CopyToAsync(Stream.Null, cancellation);
                    continue;
                }

                var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    var name = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "");
                    current = name;
                    var (text, tooLarge) = await ReadBoundedAsync(section.Body, SymptomRecordReader.MaxFileBytes, budget, cancellation);
                    // A file input left empty still sends a part, with no name and no bytes.
                    if (name.Length == 0 && !tooLarge && text.Length == 0)
                    {
                        continue;
                    }

                    files.Add(budget.Spent ? new RecordFile(Named(name, files.Count), null, RecordProblemKind.UploadTooLarge)
                        : tooLarge ? new RecordFile(Named(name, files.Count), null, RecordProblemKind.TooLarge)
                        : new RecordFile(Named(name, files.Count), text));
                }
                else if (field == ResultField)
                {
                    current = $"result-{files.Count + 1}.json";
                    var (text, tooLarge) = await ReadBoundedAsync(section.Body, SymptomRecordReader.MaxFileBytes, budget, cancellation);
                    files.Add(budget.Spent ? new RecordFile(current, null, RecordProblemKind.UploadTooLarge)
                        : tooLarge ? new RecordFile(current, null, RecordProblemKind.TooLarge) : new RecordFile(current, text));
                }
                else
                {
                    var (value, _) = await ReadBoundedAsync(section.Body, 64, budget, cancellation);
                    if (field == "period" && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weeks) && Periods.Contains(weeks))
                    {
                        period = weeks;
                    }
                    else if (field == "source" && value == "device")
                    {
                        fromDevice = true;
                    }
                }
            }
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            files.Add(new RecordFile(current.Length > 0 ? current : "?", null, RecordProblemKind.UploadTooLarge));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // A broken or cut-off multipart body (bad boundary, headers too long, the end missing):
            // what was read whole stays usable.
            if (files.Count == 0)
            {
                return new RecordUploadForm([], period, fromDevice, NotAForm: true);
            }
        }

        return new RecordUploadForm(files, period, fromDevice, NotAForm: false);
    }

    private static string Named(string name, int index) => name.Length > 0 ? name : $"file-{index + 1}";

    /// <summary>How much of the upload has been read; once past <see cref="MaxUploadBytes"/>, nothing more is kept.</summary>
    private sealed class Budget
    {
        public long Read { get; set; }

        public bool Spent => Read > MaxUploadBytes;
    }

    /// <summary>Up to <paramref name="max"/> bytes as UTF-8 text; the rest of a larger part is read past, not kept.</summary>
    private static async Task<(string Text, bool TooLarge)> ReadBoundedAsync(Stream body, int max, Budget budget, CancellationToken cancellation)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[16 * 1024];
        var tooLarge = false;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellation)) > 0)
        {
            budget.Read += read;
            if (tooLarge || budget.Spent)
            {
                continue;
            }

            if (kept.Length + read > max)
            {
                tooLarge = true;
                kept.SetLength(0);
                continue;
            }

            kept.Write(buffer, 0, read);
        }

        return (tooLarge ? "" : Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length), tooLarge);
    }
}
