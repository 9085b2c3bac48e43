using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>One row per repository (<c>owner:repo:checkpoint</c>) in the runs table.</summary>
public sealed class TableRunCheckpointStore(StorageResources resources) : IRunCheckpointStore
{
    public async Task<StoredRunCheckpoint?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await TableRows.GetAsync(resources.Runs, TableKeys.Partition(repository.InstallationId), RowKey(repository), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : new StoredRunCheckpoint(JsonRow.Decode<RunCheckpoint>(entity), entity.ETag.ToString());
    }

    public async Task<string> SaveAsync(RunCheckpoint checkpoint, string? expectedETag, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var what = Describe(checkpoint.Repository);
        var entity = JsonRow.Encode(TableKeys.Partition(checkpoint.Repository.InstallationId), RowKey(checkpoint.Repository), checkpoint, what);
        return await TableRows.WriteAsync(resources.Runs, entity, expectedETag, what, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(RepositoryRef repository, string expectedETag, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await TableRows.DeleteAsync(resources.Runs, TableKeys.Partition(repository.InstallationId), RowKey(repository), expectedETag, Describe(repository), cancellationToken).ConfigureAwait(false);
    }

    private static string RowKey(RepositoryRef repository) => TableKeys.RepositoryPrefix(repository.Owner, repository.Name) + "checkpoint";

    private static string Describe(RepositoryRef repository) => $"The run checkpoint of {repository.FullName}";
}
