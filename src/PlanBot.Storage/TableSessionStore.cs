using Azure;
using Azure.Data.Tables;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

public sealed class TableSessionStore(StorageResources resources) : ISessionStore
{
    public async Task<StoredSession?> GetAsync(SessionKey key, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await resources.Sessions
            .GetEntityIfExistsAsync<TableEntity>(TableKeys.Partition(key.InstallationId), TableKeys.Session(key), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue && row.Value is { } entity
            ? new StoredSession(SessionEntityCodec.Decode(entity), entity.ETag.ToString())
            : null;
    }

    public async Task<string> SaveAsync(PlanningSession session, string? expectedETag, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = SessionEntityCodec.Encode(session);
        try
        {
            var response = expectedETag is null
                ? await resources.Sessions.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await resources.Sessions.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString()
                ?? throw new InvalidOperationException("Table storage answered a write without an ETag.");
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException(
                expectedETag is null
                    ? $"The session of {session.Key} was created concurrently."
                    : $"The session of {session.Key} changed since it was read.",
                e);
        }
    }

    public async Task<int> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await TablePurge.DeleteAsync(resources.Sessions, TableKeys.PartitionFilter(installationId), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableKeys.PrefixFilter(installationId, TableKeys.RepositoryPrefix(owner, repo));
        return await TablePurge.DeleteAsync(resources.Sessions, filter, cancellationToken).ConfigureAwait(false);
    }
}
