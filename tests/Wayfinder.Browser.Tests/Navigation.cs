using Microsoft.Playwright;

namespace Wayfinder.Browser.Tests;

/// <summary>Actions that lead to another page.</summary>
internal static class Navigation
{
    /// <summary>Runs an action (a click, a key) and waits until the page it leads to has been parsed
    /// and has the expected address. The wait starts before the action, so a fast navigation cannot
    /// slip past it, and a form that posts back to the same address is waited for too. It does not
    /// wait for images or fonts, which a busy test machine may serve slowly.</summary>
    public static async Task FollowsAsync(this IPage page, Func<Task> action, string url)
    {
        var parsed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnParsed(object? sender, IPage loaded) => parsed.TrySetResult();
        page.DOMContentLoaded += OnParsed;
        try
        {
            await action();
            await parsed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.DOMContentLoaded -= OnParsed;
        }

        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 5000 });
    }
}
