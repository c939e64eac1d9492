using Microsoft.EntityFrameworkCore;

namespace Wayfinder.Data.Imports;

/// <summary>
/// How every importer writes: one transaction (retried as a whole by the provider's execution
/// strategy) that records an <see cref="ImportRun"/>, lets the importer write its rows against it,
/// and marks the run succeeded only when everything is in. A failed or interrupted import leaves
/// the previous data, and no succeeded run, behind.
/// </summary>
public static class ImportTransaction
{
    public static async Task<ImportRun> RunAsync(WayfinderDbContext db, TimeProvider time, string kind, string source, int skipped,
        Func<ImportRun, Task> write, CancellationToken cancellation)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            var run = new ImportRun { Kind = kind, Source = source, StartedAt = time.GetUtcNow(), Skipped = skipped };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(cancellation);

            await write(run);

            run.FinishedAt = time.GetUtcNow();
            run.Succeeded = true;
            if (db.Entry(run).State == EntityState.Detached)
            {
                db.ImportRuns.Update(run); // the importer cleared the change tracker between batches
            }

            await db.SaveChangesAsync(cancellation);
            await transaction.CommitAsync(cancellation);
            db.ChangeTracker.Clear();
            return run;
        });
    }
}
