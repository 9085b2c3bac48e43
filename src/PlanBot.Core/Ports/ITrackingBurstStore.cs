namespace PlanBot.Core.Ports;

/// <summary>Per repository, the burst of issue events waiting for one tracking run (see <see cref="TrackingBurst"/>).</summary>
public interface ITrackingBurstStore
{
    Task<StoredTrackingBurst?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken);

    /// <summary>Creates (<paramref name="expectedETag"/> null) or replaces if unchanged since read; returns the new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">Someone else created or changed it.</exception>
    Task<string> SaveAsync(TrackingBurst burst, string? expectedETag, CancellationToken cancellationToken);
}
