using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>One row per repository (<c>owner:repo:checkpoint</c>) in the runs table.</summary>
public sealed class TableRunCheckpointStore(StorageResources resources) : IRunCheckpointStore
{
    private readonly RepositoryRow<RunCheckpoint> rows = new(resources, r => r.Runs, "checkpoint", "run checkpoint");

    public async Task<StoredRunCheckpoint?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken) =>
        await rows.GetAsync(repository, cancellationToken).ConfigureAwait(false) is var (checkpoint, etag) ? new StoredRunCheckpoint(checkpoint, etag) : null;

    public Task<string> SaveAsync(RunCheckpoint checkpoint, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        return rows.SaveAsync(checkpoint.Repository, checkpoint, expectedETag, null, cancellationToken);
    }

    public Task DeleteAsync(RepositoryRef repository, string expectedETag, CancellationToken cancellationToken) =>
        rows.DeleteAsync(repository, expectedETag, cancellationToken);
}
