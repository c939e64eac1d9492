using Microsoft.EntityFrameworkCore;
using Wayfinder.Data;
using Wayfinder.Data.Trials;

namespace Wayfinder.Trials;

/// <summary>
/// Tags trials to the cancer types of the content: each trial once per cancer type whose terms
/// its conditions, keywords or MeSH codes match, and each of its sites with coordinates once
/// per tag (the finder's covering index). Done at import for the trials imported, and for every
/// stored trial when the content's terms change (<see cref="RetagAsync"/>).
/// </summary>
public sealed class TrialTagger(WayfinderDbContext db, TimeProvider time)
{
    /// <summary>Gives a trial about to be saved its cancer types, and its sites their finder rows.</summary>
    public static void Apply(Trial trial, CancerTypeCatalog catalog)
    {
        var tags = catalog.TagsFor(Split(trial.Conditions).Concat(Split(trial.Keywords)), Split(trial.ConditionCodes));
        trial.CancerTypes = tags.Select(id => new TrialCancerType { NctId = trial.NctId, CancerTypeId = id }).ToList();
        foreach (var site in trial.Sites)
        {
            site.CancerTypes = site.Latitude is { } lat && site.Longitude is { } lon
                ? tags.Select(id => new TrialSiteCancerType
                {
                    CancerTypeId = id, NctId = trial.NctId, TrialStatus = trial.OverallStatus,
                    Latitude = lat, Longitude = lon, TrialLastUpdated = trial.LastUpdated,
                }).ToList()
                : [];
        }
    }

    /// <summary>Were the stored tags made with these terms?</summary>
    public async Task<bool> IsCurrentAsync(CancerTypeCatalog catalog, CancellationToken cancellation = default) =>
        (await db.TrialTaggings.AsNoTracking().OrderBy(t => t.Id).FirstOrDefaultAsync(cancellation))?.Fingerprint == catalog.Fingerprint;

    /// <summary>
    /// Redoes every trial's tags with these terms, in one transaction, unless they were already
    /// made with them. Returns the number of trials tagged to at least one cancer type, or null
    /// when nothing needed doing.
    /// </summary>
    public async Task<int?> RetagAsync(CancerTypeCatalog catalog, CancellationToken cancellation = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            var state = await db.TrialTaggings.OrderBy(t => t.Id).FirstOrDefaultAsync(cancellation);
            if (state?.Fingerprint == catalog.Fingerprint)
            {
                return (int?)null;
            }

            await db.TrialSiteCancerTypes.ExecuteDeleteAsync(cancellation);
            await db.TrialCancerTypes.ExecuteDeleteAsync(cancellation);
            var tagged = 0;
            var trials = await db.Trials.AsNoTracking()
                .Select(t => new { t.NctId, t.Conditions, t.Keywords, t.ConditionCodes, t.OverallStatus, t.LastUpdated })
                .ToListAsync(cancellation);
            foreach (var batch in trials.Chunk(2000))
            {
                var ids = batch.Select(t => t.NctId).ToList();
                var sites = (await db.TrialSites.AsNoTracking().Where(s => ids.Contains(s.NctId) && s.Latitude != null && s.Longitude != null)
                        .Select(s => new { s.Id, s.NctId, s.Latitude, s.Longitude }).ToListAsync(cancellation))
                    .ToLookup(s => s.NctId, StringComparer.Ordinal);
                foreach (var trial in batch)
                {
                    var tags = catalog.TagsFor(Split(trial.Conditions).Concat(Split(trial.Keywords)), Split(trial.ConditionCodes));
                    if (tags.Count == 0)
                    {
                        continue;
                    }

                    tagged++;
                    foreach (var id in tags)
                    {
                        db.TrialCancerTypes.Add(new TrialCancerType { NctId = trial.NctId, CancerTypeId = id });
                        db.TrialSiteCancerTypes.AddRange(sites[trial.NctId].Select(s => new TrialSiteCancerType
                        {
                            SiteId = s.Id, CancerTypeId = id, NctId = trial.NctId, TrialStatus = trial.OverallStatus,
                            Latitude = s.Latitude!.Value, Longitude = s.Longitude!.Value, TrialLastUpdated = trial.LastUpdated,
                        }));
                    }
                }

                await db.SaveChangesAsync(cancellation);
                db.ChangeTracker.Clear();
            }

            await RecordAsync(catalog, cancellation: cancellation);
            await transaction.CommitAsync(cancellation);
            return tagged;
        });
    }

    /// <summary>
    /// Notes which terms the stored tags follow. An import made with other terms than the ones
    /// recorded leaves a mixture, so it records none: the site's next check redoes them all.
    /// </summary>
    public async Task RecordAsync(CancerTypeCatalog catalog, bool mixed = false, CancellationToken cancellation = default)
    {
        var state = await db.TrialTaggings.OrderBy(t => t.Id).FirstOrDefaultAsync(cancellation);
        if (state is null)
        {
            state = new TrialTagging();
            db.TrialTaggings.Add(state);
        }

        state.Fingerprint = mixed ? "" : catalog.Fingerprint;
        state.TaggedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellation);
    }

    private static IEnumerable<string> Split(string joined) =>
        joined.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
