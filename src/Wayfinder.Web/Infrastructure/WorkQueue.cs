namespace Wayfinder.Web.Infrastructure;

/// <summary>
/// Runs costly work one at a time, with a bounded number of callers waiting their turn. When the
/// queue is full a caller is turned away at once (the endpoint answers 503 with Retry-After)
/// rather than holding a connection, and a thread, for a minute: fifteen PDFs asked at once by
/// one client must not make everyone else's wait.
/// </summary>
public sealed class WorkQueue(int maxWaiting)
{
    private readonly SemaphoreSlim oneAtATime = new(1);
    private int waiting;

    /// <summary>Callers running or waiting now.</summary>
    public int Pending => Volatile.Read(ref waiting);

    /// <summary>The work's result, or <c>Accepted: false</c> when the queue was full.</summary>
    public async Task<(bool Accepted, T? Result)> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellation)
    {
        if (Interlocked.Increment(ref waiting) > maxWaiting + 1)
        {
            Interlocked.Decrement(ref waiting);
            return (false, default);
        }

        try
        {
            await oneAtATime.WaitAsync(cancellation);
            try
            {
                return (true, await work());
            }
            finally
            {
                oneAtATime.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }
}
