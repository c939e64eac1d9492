using System.Net;
using Wayfinder.Tests.Shared;
using Wayfinder.Web.Features.Drugs;

namespace Wayfinder.Web.Tests.Robustness;

/// <summary>Pages and PDFs that cost real work are limited per client and queued, never piled up.</summary>
public sealed class CostlyRequestTests
{
    [Theory]
    [InlineData("/en/search?q=fever")]
    [InlineData("/fr/recherche?q=fievre")]
    [InlineData("/en/clinical-trials?q=octreotide")]
    [InlineData("/en/self-check")]
    public async Task A_client_past_the_limit_on_a_costly_page_gets_a_429_with_retry_after(string path)
    {
        using var site = new WayfinderFactory { Settings = new Dictionary<string, string> { ["RateLimits:ApiRequestsPerMinute"] = "5" } };
        var client = site.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            responses.Add(await client.GetAsync(path));
        }

        Assert.Equal(5, responses.Count(r => r.StatusCode != HttpStatusCode.TooManyRequests));
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests), r => Assert.NotNull(r.Headers.RetryAfter));
    }

    [Fact]
    public async Task Symptom_record_uploads_are_rate_limited_per_client()
    {
        using var site = new WayfinderFactory { Settings = new Dictionary<string, string> { ["RateLimits:ApiRequestsPerMinute"] = "3" } };
        var client = site.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var upload = Features.SymptomRecord.MySymptomsPageTests.Upload(("a.json", System.Text.Encoding.UTF8.GetBytes(
                Features.SymptomRecord.MySymptomsPageTests.Response("2026-11-27T10:00:00Z", ("pain", 4)))));
            statuses.Add((await client.PostAsync("/en/my-symptoms", upload)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Drug_pdfs_have_a_far_lower_limit_of_their_own()
    {
        using var site = new WayfinderFactory { Settings = new Dictionary<string, string> { ["RateLimits:CostlyRequestsPerMinute"] = "2" } };
        var client = site.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/en/drugs/octreotide/pdf")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Skip(2));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/drugs/octreotide")).StatusCode);
    }

    [Fact]
    public async Task The_pdf_queue_runs_one_job_at_a_time_and_turns_callers_away_when_full()
    {
        var queue = new Wayfinder.Web.Infrastructure.WorkQueue(maxWaiting: 1);
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var most = 0;
        async Task<int> Work()
        {
            most = Math.Max(most, Interlocked.Increment(ref running));
            var value = await release.Task;
            Interlocked.Decrement(ref running);
            return value;
        }

        var first = queue.RunAsync(Work, CancellationToken.None);
        var second = queue.RunAsync(Work, CancellationToken.None);
        var third = await queue.RunAsync(Work, CancellationToken.None);

        Assert.False(third.Accepted);
        Assert.Equal(2, queue.Pending);
        release.SetResult(7);
        Assert.Equal((true, 7), await first);
        Assert.Equal((true, 7), await second);
        Assert.Equal(1, most);
        Assert.Equal(0, queue.Pending);
    }
}
