using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;

namespace PlanBot.Core.Tests.Publishing;

/// <summary>Checkpoints that outlive a worker: while <see cref="Dead"/>, the worker is gone and cannot write (not even to let go of its lease).</summary>
internal sealed class KillableCheckpointStore : IRunCheckpointStore
{
    private readonly InMemoryCheckpointStore inner = new();

    public bool Dead { get; set; }

    public Task<StoredRunCheckpoint?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken) =>
        Alive() ? inner.GetAsync(repository, cancellationToken) : throw Killed();

    public Task<string> SaveAsync(RunCheckpoint checkpoint, string? expectedETag, CancellationToken cancellationToken) =>
        Alive() ? inner.SaveAsync(checkpoint, expectedETag, cancellationToken) : throw Killed();

    public Task DeleteAsync(RepositoryRef repository, string expectedETag, CancellationToken cancellationToken) =>
        Alive() ? inner.DeleteAsync(repository, expectedETag, cancellationToken) : throw Killed();

    private bool Alive() => !Dead;

    private static SimulatedFailure Killed() => new("the worker was killed");
}
