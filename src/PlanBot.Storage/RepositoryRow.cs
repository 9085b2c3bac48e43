using Azure.Data.Tables;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>
/// A value kept as JSON in one row per repository (<c>owner:repo:{kind}</c>, partition = installation) with ETag
/// concurrency: what the publication, run-checkpoint and tracking-burst stores share.
/// </summary>
internal sealed class RepositoryRow<T>(StorageResources resources, Func<StorageResources, TableClient> table, string kind, string description)
{
    /// <summary>The value and its ETag, or null when the repository has no such row.</summary>
    public async Task<(T Value, string ETag)?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await TableRows.GetAsync(table(resources), TableKeys.Partition(repository.InstallationId), RowKey(repository), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : (JsonRow.Decode<T>(entity), entity.ETag.ToString());
    }

    /// <summary>Creates (<paramref name="expectedETag"/> null) or replaces if unchanged since read; returns the new ETag.</summary>
    /// <param name="extra">Plain properties written beside the JSON, for queries that must not decode every row.</param>
    public async Task<string> SaveAsync(RepositoryRef repository, T value, string? expectedETag, Action<TableEntity>? extra, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var what = Describe(repository);
        var entity = JsonRow.Encode(TableKeys.Partition(repository.InstallationId), RowKey(repository), value, what);
        extra?.Invoke(entity);
        return await TableRows.WriteAsync(table(resources), entity, expectedETag, what, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(RepositoryRef repository, string expectedETag, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await TableRows.DeleteAsync(table(resources), TableKeys.Partition(repository.InstallationId), RowKey(repository), expectedETag, Describe(repository), cancellationToken).ConfigureAwait(false);
    }

    private string RowKey(RepositoryRef repository) => TableKeys.RepositoryPrefix(repository.Owner, repository.Name) + kind;

    private string Describe(RepositoryRef repository) => $"The {description} of {repository.FullName}";
}
