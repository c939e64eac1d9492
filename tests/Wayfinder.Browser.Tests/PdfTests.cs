using System.Text;

namespace Wayfinder.Browser.Tests;

/// <summary>Drug sheets as tagged PDFs, printed by the machine's Chromium from the live site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PdfTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData("/en/drugs/octreotide", "octreotide.pdf")]
    [InlineData("/fr/medicaments/octreotide", "octreotide.pdf")]
    public async Task A_sheet_downloads_as_a_tagged_pdf(string sheet, string fileName)
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
    }
}
