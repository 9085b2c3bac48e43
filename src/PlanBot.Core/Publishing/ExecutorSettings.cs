namespace PlanBot.Core.Publishing;

/// <summary>
/// <see cref="Lease"/>: how long a worker owns a repository without saving a step (a worker that died frees it after
/// this). <see cref="Budget"/>: how long one call may run before it stops between two changes and asks to be run
/// again (a queue message must finish within the host's timeout); null for no limit.
/// </summary>
public sealed record ExecutorSettings(TimeSpan Lease, TimeSpan? Budget)
{
    public static ExecutorSettings Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(4));
}
