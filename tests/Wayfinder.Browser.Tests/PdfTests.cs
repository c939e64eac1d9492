using System.Text;

namespace Wayfinder.Browser.Tests;

/// <summary>Drug sheets and provider monographs as tagged PDFs, printed by the machine's Chromium from the live site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PdfTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("/en/drugs/octreotide", "octreotide.pdf")]
    [InlineData("/fr/medicaments/octreotide", "octreotide.pdf")]
    [InlineData("/en/drugs/octreotide/provider", "octreotide-provider.pdf")]
    [InlineData("/fr/medicaments/cisplatine/professionnels", "cisplatine-professionnels.pdf")]
    public async Task A_sheet_and_a_provider_monograph_download_as_tagged_pdfs(string sheet, string fileName)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var html = await client.GetStringAsync(sheet);
        Assert.Contains($"href=\"{sheet}/pdf\"", html, StringComparison.Ordinal);

        var response = await client.GetAsync(sheet + "/pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", text, StringComparison.Ordinal);
        Assert.Contains("/MarkInfo", text, StringComparison.Ordinal);

        // Printed once per content version: HEAD (link checkers, download managers) answers as GET does.
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, sheet + "/pdf"));
        Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/pdf", head.Content.Headers.ContentType?.MediaType);
    }

    [SkippableTheory]
    [InlineData("/en/drugs/octreotide")]
    [InlineData("/fr/medicaments/octreotide")]
    [InlineData("/en/drugs/capecitabine")]
    public async Task A_drug_sheet_prints_in_about_four_pages_with_its_side_effects_as_a_table_and_no_feedback_form(string sheet)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await client.GetByteArrayAsync(sheet + "/pdf"));

        // Ten to thirteen pages before print had its own compact type; four in English and five in
        // the longer French now, at 9 pt across the page's whole width, with the levels in the
        // side-effect table as labels on the advice's first line.
        var french = sheet.StartsWith("/fr", StringComparison.Ordinal);
        Assert.InRange(pdf.NumberOfPages, 1, french ? 5 : 4);
        var text = PdfText.Words(pdf);

        // Each page's foot gives the sheet's address and "page / pages", in place of a line in the body.
        foreach (var page in pdf.GetPages())
        {
            var foot = string.Join(' ', page.GetWords().Where(w => w.BoundingBox.Bottom < 40).Select(w => w.Text));
            Assert.Contains(sheet, foot, StringComparison.Ordinal);
            Assert.Contains($"{page.Number} / {pdf.NumberOfPages}", foot, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(french ? "Imprimé à partir de" : "Printed from", text, StringComparison.Ordinal);
        // The column headings print at the head of the table on each page it spans, as a table's
        // do; stacked cards would repeat them before every one of the ten or so side effects.
        var heading = french ? "Quoi faire" : "What to do";
        Assert.InRange(System.Text.RegularExpressions.Regex.Count(text, System.Text.RegularExpressions.Regex.Escape(heading)), 1, 3);
        Assert.DoesNotContain(french ? "été utile" : "page helpful", text, StringComparison.Ordinal);

        // In the table, a level is a label on the same line as its advice, not a card's heading
        // band above it: "NEXT VISIT: Tell your care team…", "URGENCE : Composez…".
        var words = pdf.GetPages().SelectMany(p => p.GetWords().Select(w => (Page: p.Number, Word: w))).ToList();
        static bool Capitals(string word) => word.Any(char.IsLetter) && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var pairs = new List<((int Page, UglyToad.PdfPig.Content.Word Word) Label, (int Page, UglyToad.PdfPig.Content.Word Word) Advice)>();
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var word = words[i].Word.Text;
            if (word.Length > 1 && word.EndsWith(':') && Capitals(word))
            {
                pairs.Add((words[i], words[i + 1]));
            }
            else if (Capitals(word) && words[i + 1].Word.Text == ":")
            {
                pairs.Add((words[i], words[i + 2]));
            }
        }

        Assert.True(pairs.Count >= 5, $"{pairs.Count} level labels found");
        Assert.All(pairs, pair =>
        {
            Assert.Equal(pair.Label.Page, pair.Advice.Page);
            Assert.True(Math.Abs(pair.Label.Word.BoundingBox.Bottom - pair.Advice.Word.BoundingBox.Bottom) < 2,
                $"'{pair.Label.Word.Text}' and '{pair.Advice.Word.Text}' are not on one line");
        });
    }

    [SkippableFact]
    public async Task Printing_leaves_no_chromium_profile_folder_behind()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var before = Directory.GetDirectories(Path.GetTempPath(), "wayfinder-pdf-*").Length;

        var response = await client.GetAsync("/fr/medicaments/everolimus/pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "wayfinder-pdf-*").Length);
    }
}

/// <summary>The self-check result as a PDF, printed from the answers without storing them.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SelfCheckPdfTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_self_check_result_downloads_as_a_tagged_pdf()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        using var handler = new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(browser.BaseUrl) };
        var form = await client.GetStringAsync("/en/self-check");
        var fields = new[] { "pain", "tiredness", "drowsiness", "nausea", "appetite", "shortness-of-breath", "depression", "anxiety", "wellbeing" }
            .ToDictionary(id => $"score-{id}", id => id == "pain" ? "8" : "1");
        fields["flag-one-leg-swelling"] = "yes";

        fields["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);

        var response = await client.PostAsync("/en/self-check?handler=pdf", content);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", text, StringComparison.Ordinal);

        // Printed on paper, the result still says when it was filled in: date and time.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var words = PdfText.Words(pdf);
        Assert.Matches(@"Completed on [A-Z][a-z]+ \d{1,2}, 20\d\d at \d{1,2}:\d\d [ap]\.m\.", words);
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex Token();
}

/// <summary>A printed PDF read back as a reader would: its words in order, one space apart.</summary>
internal static class PdfText
{
    public static string Words(UglyToad.PdfPig.PdfDocument pdf) =>
        string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
}
