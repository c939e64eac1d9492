using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Wayfinder.Tests.Shared;

namespace Wayfinder.Web.Tests.Robustness;

/// <summary>A SQLite file that is corrupt, or deleted while the site runs, is reported, never hidden.</summary>
public sealed class SqliteFileFaultTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("wayfinder-sqlite-fault-").FullName;

    [Fact]
    public async Task Readiness_says_not_ready_on_a_corrupt_database_file_and_content_pages_still_serve()
    {
        var file = Path.Combine(folder, "corrupt.db");
        await File.WriteAllBytesAsync(file, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());
        using var site = new WayfinderFactory { ConnectionString = $"Data Source={file}", DatabaseProvider = "sqlite" };
        var client = site.CreateClient();

        var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("database: Unhealthy", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/cancer-types/neuroendocrine-tumours")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/en/clinical-trials")).StatusCode);
    }

    [Fact]
    public async Task After_the_database_file_is_deleted_feedback_says_not_saved_and_readiness_says_why()
    {
        var file = Path.Combine(folder, "site.db");
        using var site = new WayfinderFactory { ConnectionString = $"Data Source={file}", DatabaseProvider = "sqlite" };
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal("saved", await Feedback(client));

        foreach (var part in Directory.GetFiles(folder, "site.db*"))
        {
            File.Delete(part);
        }

        Assert.Equal("not saved", await Feedback(client));
        var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("no longer exists", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(File.Exists(file), "a new empty database must not be started in its place");
    }

    private static async Task<string> Feedback(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["page"] = "/en/palliative-care", ["helpful"] = "yes" }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.Location!.ToString().Contains("saved=0", StringComparison.Ordinal) ? "not saved" : "saved";
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
