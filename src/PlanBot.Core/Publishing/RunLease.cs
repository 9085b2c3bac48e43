using PlanBot.Core.Ports;

namespace PlanBot.Core.Publishing;

/// <summary>
/// A worker's hold on a repository's run checkpoint. Every saved step renews the lease; a save that conflicts means
/// another worker took the run over after the lease ran out, and this one must stop.
/// </summary>
internal sealed class RunLease
{
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(10);

    private readonly IRunCheckpointStore store;
    private readonly TimeProvider clock;
    private readonly TimeSpan duration;
    private readonly HashSet<string> done;
    private readonly Dictionary<Tracking.TrackingKey, CreatedObject> created;
    private RunCheckpoint checkpoint;
    private string etag;
    private bool lost;

    private RunLease(IRunCheckpointStore store, TimeProvider clock, TimeSpan duration, RunCheckpoint checkpoint, string etag)
    {
        this.store = store;
        this.clock = clock;
        this.duration = duration;
        this.checkpoint = checkpoint;
        this.etag = etag;
        done = [.. checkpoint.Done];
        created = checkpoint.Created.ToDictionary(item => item.Target);
    }

    /// <summary>The step that was under way when the previous holder stopped.</summary>
    public string? InFlight => checkpoint.InFlight;

    public IReadOnlyDictionary<Tracking.TrackingKey, CreatedObject> Created => created;

    public ValueList<CreatedObject> CreatedList => checkpoint.Created;

    /// <summary>
    /// Takes the repository for <paramref name="runId"/>, resuming that run's checkpoint if there is one; null with the
    /// time to wait when another worker holds it, or when another run stopped half way less than
    /// <see cref="ExecutorSettings.Precedence"/> ago and its retry should come first.
    /// </summary>
    public static async Task<(RunLease? Lease, TimeSpan RetryAfter)> AcquireAsync(
        IRunCheckpointStore store, TimeProvider clock, ExecutorSettings settings, RepositoryRef repository, string runId, CancellationToken cancellationToken)
    {
        var duration = settings.Lease;
        var stored = await store.GetAsync(repository, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (stored is { Checkpoint.LeaseUntil: var until } && until > now)
        {
            return (null, until - now);
        }

        if (stored is { Checkpoint: var other } && other.RunId != runId && now - other.LeaseUntil < settings.Precedence)
        {
            return (null, Shorter(settings.Precedence - (now - other.LeaseUntil), duration));
        }

        var resumed = stored?.Checkpoint is { } previous && previous.RunId == runId ? previous : null;
        var checkpoint = new RunCheckpoint(
            repository,
            runId,
            Guid.NewGuid().ToString("N"),
            now + duration,
            resumed?.Done ?? ValueList<string>.Empty,
            resumed?.InFlight,
            resumed?.Created ?? ValueList<CreatedObject>.Empty);
        try
        {
            var etag = await store.SaveAsync(checkpoint, stored?.ETag, cancellationToken).ConfigureAwait(false);
            return (new RunLease(store, clock, duration, checkpoint, etag), TimeSpan.Zero);
        }
        catch (ConcurrencyConflictException)
        {
            // Another worker took it between our read and write: it holds the lease now.
            return (null, duration);
        }
    }

    public bool IsDone(string step) => done.Contains(step);

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>Records that <paramref name="step"/> is about to be sent, for steps whose effect a re-read cannot show.</summary>
    public Task BeginAsync(string step, CancellationToken cancellationToken) =>
        SaveAsync(checkpoint with { InFlight = step, LeaseUntil = Renewed() }, cancellationToken);

    public Task FinishAsync(string step, CreatedObject? made, CancellationToken cancellationToken)
    {
        done.Add(step);
        if (made is not null)
        {
            created[made.Target] = made;
        }

        return SaveAsync(
            checkpoint with
            {
                Done = checkpoint.Done.Append(step).ToValueList(),
                InFlight = null,
                Created = made is null ? checkpoint.Created : checkpoint.Created.Append(made).ToValueList(),
                LeaseUntil = Renewed(),
            },
            cancellationToken);
    }

    /// <summary>The run is over: its checkpoint goes.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.DeleteAsync(checkpoint.Repository, etag, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            lost = true;
            throw;
        }
    }

    /// <summary>
    /// Frees the repository at once, keeping the steps done so a retry resumes. Best effort: it runs after a failure,
    /// possibly with the caller's token already cancelled, and if it fails the lease simply runs out.
    /// </summary>
    public async Task ReleaseAsync()
    {
        if (lost)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(ReleaseTimeout);
        try
        {
            await SaveAsync(checkpoint with { LeaseUntil = clock.GetUtcNow() }, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Whatever went wrong, the lease runs out by itself.
        }
    }

    private DateTimeOffset Renewed() => clock.GetUtcNow() + duration;

    private async Task SaveAsync(RunCheckpoint next, CancellationToken cancellationToken)
    {
        try
        {
            etag = await store.SaveAsync(next, etag, cancellationToken).ConfigureAwait(false);
            checkpoint = next;
        }
        catch (ConcurrencyConflictException)
        {
            lost = true;
            throw;
        }
    }
}
