using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;

namespace PlanBot.Core.Tests.Publishing;

/// <summary>
/// Checkpoints that outlive a worker: while <see cref="Dead"/>, the worker is gone and cannot write (not even to let go
/// of its lease). <see cref="KillAtSave"/> kills it at that save (a step), counting from 1.
/// </summary>
internal sealed class KillableCheckpointStore(IRunCheckpointStore? inner = null) : IRunCheckpointStore
{
    private readonly IRunCheckpointStore inner = inner ?? new InMemoryCheckpointStore();
    private int saves;

    public bool Dead { get; set; }

    public int? KillAtSave { get; set; }

    public int Kills { get; private set; }

    /// <summary>Saves so far, by every worker: kill points are counted from here.</summary>
    public int Saves => Volatile.Read(ref saves);

    public Task<StoredRunCheckpoint?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken) =>
        Alive() ? inner.GetAsync(repository, cancellationToken) : throw Killed();

    public Task<string> SaveAsync(RunCheckpoint checkpoint, string? expectedETag, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref saves) == KillAtSave)
        {
            Dead = true;
            Kills++;
        }

        return Alive() ? inner.SaveAsync(checkpoint, expectedETag, cancellationToken) : throw Killed();
    }

    public Task DeleteAsync(RepositoryRef repository, string expectedETag, CancellationToken cancellationToken) =>
        Alive() ? inner.DeleteAsync(repository, expectedETag, cancellationToken) : throw Killed();

    private bool Alive() => !Dead;

    private static InvalidOperationException Killed() => new("the worker was killed");
}
