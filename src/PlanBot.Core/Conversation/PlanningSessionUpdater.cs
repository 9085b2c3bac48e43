using PlanBot.Core.Ports;

namespace PlanBot.Core.Conversation;

/// <summary>
/// Read–change–save with retry: on an ETag conflict it re-reads and applies the change again to the newer session,
/// so two replies processed at the same time both end up in the session.
/// </summary>
public static class PlanningSessionUpdater
{
    public const int DefaultMaxAttempts = 10;

    /// <param name="change">Applied to the current session (null when there is none yet); must be a pure function
    /// of its input because it may run more than once.</param>
    public static async Task<StoredSession> UpdateAsync(
        ISessionStore store,
        SessionKey key,
        Func<PlanningSession?, PlanningSession> change,
        CancellationToken cancellationToken,
        int maxAttempts = DefaultMaxAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            var updated = change(current?.Session);
            try
            {
                var etag = await store.SaveAsync(updated, current?.ETag, cancellationToken).ConfigureAwait(false);
                return new StoredSession(updated, etag);
            }
            catch (ConcurrencyConflictException) when (attempt < maxAttempts)
            {
                // Someone else saved between our read and our write; their change is kept, ours is re-applied on top.
            }
        }
    }
}
