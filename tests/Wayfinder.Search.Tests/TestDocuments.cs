using Wayfinder.Content.Synonyms;

namespace Wayfinder.Search.Tests;

/// <summary>Small made-up indexes, for rules that are clearer on a few documents than on the whole pack.</summary>
internal static class TestDocuments
{
    public static SearchDocument Page(string url, string title, string body = "", string summary = "", string type = DocumentTypes.Page,
        string audience = Audiences.Patient, string lang = "en", params string[] names) =>
        new(url, lang, type, audience, title, summary, body, names);

    public static SearchIndex Index(params SearchDocument[] documents) => SearchIndex.Build(documents, SynonymMap.Load(ContentIndexFixture.SynonymsPath));

    public static IReadOnlyList<string> Urls(this SearchIndex index, string text, string lang = "en", string? type = null, string? audience = null) =>
        index.Search(new SearchQuery(text, lang, type, audience)).Results.Select(r => r.Url).ToList();
}
