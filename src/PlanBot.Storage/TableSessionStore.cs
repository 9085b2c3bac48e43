using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

public sealed class TableSessionStore(StorageResources resources) : ISessionStore
{
    public async Task<StoredSession?> GetAsync(SessionKey key, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await TableRows.GetAsync(resources.Sessions, TableKeys.Partition(key.InstallationId), TableKeys.Session(key), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : new StoredSession(SessionEntityCodec.Decode(entity), entity.ETag.ToString());
    }

    public async Task<string> SaveAsync(PlanningSession session, string? expectedETag, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await TableRows.WriteAsync(resources.Sessions, SessionEntityCodec.Encode(session), expectedETag, $"The session of {session.Key}", cancellationToken).ConfigureAwait(false);
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
