using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>One row per repository (<c>owner:repo:burst</c>) in the runs table.</summary>
public sealed class TableTrackingBurstStore(StorageResources resources) : ITrackingBurstStore
{
    private readonly RepositoryRow<TrackingBurst> rows = new(resources, r => r.Runs, "burst", "tracking burst");

    public async Task<StoredTrackingBurst?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken) =>
        await rows.GetAsync(repository, cancellationToken).ConfigureAwait(false) is var (burst, etag) ? new StoredTrackingBurst(burst, etag) : null;

    public Task<string> SaveAsync(TrackingBurst burst, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(burst);
        return rows.SaveAsync(burst.Repository, burst, expectedETag, null, cancellationToken);
    }
}
