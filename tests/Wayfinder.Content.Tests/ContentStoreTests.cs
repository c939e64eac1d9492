using Microsoft.Extensions.Logging.Abstractions;
using Wayfinder.Content.Loading;

namespace Wayfinder.Content.Tests;

public sealed class ContentStoreTests
{
    [Fact]
    public void A_broken_edit_keeps_the_last_good_snapshot_serving()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "First version.");
        var store = new ContentStore(content.Root, new ContentLoader(new Markdown.MarkdownRenderer(), FixedTime.On(TestContent.Today)), NullLogger<ContentStore>.Instance);
        Assert.True(store.Reload());
        var good = store.Current;

        content.Write("en/a.md", "---\nid: a\ntitle: [broken\n---\n");
        var swapped = store.Reload();

        Assert.False(swapped);
        Assert.Same(good, store.Current);
        Assert.Contains("First version.", store.Current.FindByUrl("/en/a")!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_good_edit_swaps_in_a_new_snapshot_and_announces_it_with_the_one_it_replaced()
    {
        using var content = new TestContent();
        content.WritePair("a", "en/a.md", "fr/a.md", enBody: "First version.");
        var store = new ContentStore(content.Root, new ContentLoader(new Markdown.MarkdownRenderer(), FixedTime.On(TestContent.Today)), NullLogger<ContentStore>.Instance);
        store.Reload();
        var first = store.Current;
        ContentChange? announced = null;
        store.Changed += change => announced = change;

        content.Write("en/a.md", TestContent.Page("a", "en", "Second version."));
        Assert.True(store.Reload());

        Assert.Same(store.Current, announced!.Current);
        Assert.Same(first, announced.Previous);
        Assert.Contains("Second version.", store.Current.FindByUrl("/en/a")!.Html, StringComparison.Ordinal);
    }
}
