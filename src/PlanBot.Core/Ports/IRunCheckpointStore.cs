namespace PlanBot.Core.Ports;

/// <summary>
/// The checkpoint of the change run going on in a repository (at most one at a time), written with optimistic
/// concurrency: the row is also the lease that keeps two workers off the same repository.
/// </summary>
public interface IRunCheckpointStore
{
    Task<StoredRunCheckpoint?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="checkpoint"/>: creates it when <paramref name="expectedETag"/> is null, otherwise replaces
    /// the stored one only if it still has that ETag. Returns the new ETag.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Someone else created or changed the checkpoint.</exception>
    Task<string> SaveAsync(RunCheckpoint checkpoint, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Deletes the checkpoint of a finished run if it still has <paramref name="expectedETag"/>; one already gone is no error.</summary>
    /// <exception cref="ConcurrencyConflictException">Someone else changed it.</exception>
    Task DeleteAsync(RepositoryRef repository, string expectedETag, CancellationToken cancellationToken);
}
