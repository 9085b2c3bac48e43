using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>One row per repository (<c>owner:repo:burst</c>) in the runs table.</summary>
public sealed class TableTrackingBurstStore(StorageResources resources) : ITrackingBurstStore
{
    public async Task<StoredTrackingBurst?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await TableRows.GetAsync(resources.Runs, TableKeys.Partition(repository.InstallationId), RowKey(repository), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : new StoredTrackingBurst(JsonRow.Decode<TrackingBurst>(entity), entity.ETag.ToString());
    }

    public async Task<string> SaveAsync(TrackingBurst burst, string? expectedETag, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var what = $"The tracking burst of {burst.Repository.FullName}";
        var entity = JsonRow.Encode(TableKeys.Partition(burst.Repository.InstallationId), RowKey(burst.Repository), burst, what);
        return await TableRows.WriteAsync(resources.Runs, entity, expectedETag, what, cancellationToken).ConfigureAwait(false);
    }

    private static string RowKey(RepositoryRef repository) => TableKeys.RepositoryPrefix(repository.Owner, repository.Name) + "burst";
}
