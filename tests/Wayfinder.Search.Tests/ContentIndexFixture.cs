using Wayfinder.Content.Synonyms;
using Wayfinder.Content.Loading;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Search.Tests;

/// <summary>The real content pack, indexed once for every test class that shares it.</summary>
public sealed class ContentIndexFixture : IDisposable
{
    public ContentIndexFixture()
    {
        Snapshot = new ContentLoader { EditorialChecks = false }.Load(Repository.Content);
        Documents = ContentDocuments.From(Snapshot);
        Synonyms = SynonymMap.Load(SynonymsPath);
        Index = SearchIndex.Build(Documents, Synonyms);
    }

    public static string SynonymsPath => Path.Combine(Repository.Content, "search", "synonyms.yaml");

    public ContentSnapshot Snapshot { get; }
    public IReadOnlyList<SearchDocument> Documents { get; }
    public SynonymMap Synonyms { get; }
    public SearchIndex Index { get; }

    public IReadOnlyList<string> Urls(string text, string lang = "en", string? type = null, string? audience = null, int pageSize = 10) =>
        Index.Search(new SearchQuery(text, lang, type, audience, PageSize: pageSize)).Results.Select(r => r.Url).ToList();

    public void Dispose() => Index.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ContentIndexCollection : ICollectionFixture<ContentIndexFixture>
{
    public const string Name = "content index";
}
