using PlanBot.Core.Conversation;

namespace PlanBot.Core.Ports;

/// <summary>Planning sessions, one per pull request, written with optimistic concurrency.</summary>
public interface ISessionStore
{
    Task<StoredSession?> GetAsync(SessionKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="session"/>. <paramref name="expectedETag"/> null means "create"; otherwise the write
    /// only succeeds if the stored session still has that ETag. Returns the new ETag.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The session was created or changed by someone else.</exception>
    Task<string> SaveAsync(PlanningSession session, string? expectedETag, CancellationToken cancellationToken);

    Task<int> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken);

    Task<int> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken);
}
