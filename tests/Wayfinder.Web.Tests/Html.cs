using AngleSharp;
using AngleSharp.Dom;

namespace Wayfinder.Web.Tests;

public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(string html) => await Context.OpenAsync(r => r.Content(html));

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var document = await ParseAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }
}
