using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>
/// One row per published repository (<c>owner:repo:publication</c>): the publication as JSON, and the repository's
/// names as plain properties so the list is read without decoding every plan.
/// </summary>
public sealed class TablePublicationStore(StorageResources resources) : IPublicationStore
{
    private const string Owner = "Owner";
    private const string Name = "Name";

    private readonly RepositoryRow<Publication> rows = new(resources, r => r.Publications, "publication", "publication");

    public async Task<StoredPublication?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken) =>
        await rows.GetAsync(repository, cancellationToken).ConfigureAwait(false) is var (publication, etag) ? new StoredPublication(publication, etag) : null;

    public Task<string> SaveAsync(Publication publication, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        var repository = publication.Repository;
        return rows.SaveAsync(
            repository,
            publication,
            expectedETag,
            entity =>
            {
                entity[Owner] = repository.Owner;
                entity[Name] = repository.Name;
            },
            cancellationToken);
    }

    public async IAsyncEnumerable<RepositoryRef> ListRepositoriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = resources.Publications.QueryAsync<TableEntity>(select: [nameof(TableEntity.PartitionKey), Owner, Name], cancellationToken: cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            if (long.TryParse(row.PartitionKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var installation)
                && row.GetString(Owner) is { Length: > 0 } owner
                && row.GetString(Name) is { Length: > 0 } name)
            {
                yield return new RepositoryRef(installation, owner, name);
            }
        }
    }

    public async Task<int> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await TablePurge.DeleteAsync(resources.Publications, TableKeys.PartitionFilter(installationId), cancellationToken).ConfigureAwait(false)
            + await TablePurge.DeleteAsync(resources.Runs, TableKeys.PartitionFilter(installationId), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableKeys.PrefixFilter(installationId, TableKeys.RepositoryPrefix(owner, repo));
        return await TablePurge.DeleteAsync(resources.Publications, filter, cancellationToken).ConfigureAwait(false)
            + await TablePurge.DeleteAsync(resources.Runs, filter, cancellationToken).ConfigureAwait(false);
    }
}
