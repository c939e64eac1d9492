using Wayfinder.Content.Loading;
using Wayfinder.Trials;

namespace Wayfinder.Cli;

/// <summary>
/// The cancer types of the site's content (<c>Content:Path</c>), for the trial commands: imports
/// tag trials with their terms, and <c>trials sync</c> asks the registry for them by default.
/// </summary>
public static class ContentCancerTypes
{
    public static CancerTypeCatalog Load()
    {
        var root = ContentPathResolver.Resolve(Settings.Load()["Content:Path"], Directory.GetCurrentDirectory());
        var snapshot = new ContentLoader { EditorialChecks = false }.Load(root);
        var catalog = CancerTypeCatalog.From(snapshot);
        if (catalog.All.Count == 0)
        {
            Console.Error.WriteLine($"{root}: warning: no cancer-type hub was found, so trials are not tagged to any cancer type");
        }

        return catalog;
    }
}
