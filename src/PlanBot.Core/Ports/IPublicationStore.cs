namespace PlanBot.Core.Ports;

/// <summary>
/// The repositories where a plan is published, each with the plan as published: tracking and the daily timer work
/// from it rather than from whatever the default branch holds now.
/// </summary>
public interface IPublicationStore
{
    Task<StoredPublication?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken);

    /// <summary>Creates (<paramref name="expectedETag"/> null) or replaces if unchanged since read; returns the new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">Someone else created or changed the publication.</exception>
    Task<string> SaveAsync(Publication publication, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Every published repository.</summary>
    IAsyncEnumerable<RepositoryRef> ListRepositoriesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets publications, run checkpoints and bursts of an uninstalled installation; returns the rows deleted.</summary>
    Task<int> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken);

    /// <summary>The same for a repository removed from the installation.</summary>
    Task<int> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken);
}
