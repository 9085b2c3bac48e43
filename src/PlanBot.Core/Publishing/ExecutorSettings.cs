namespace PlanBot.Core.Publishing;

/// <summary>
/// <see cref="Lease"/>: how long a worker owns a repository without saving a step (a worker that died frees it after
/// this). <see cref="Budget"/>: how long one call may run before it stops between two changes and asks to be run
/// again (a queue message must finish within the host's timeout); null for no limit. <see cref="Precedence"/>: how long
/// a run that stopped half way keeps the repository for its retry against other runs (its checkpoint would otherwise be
/// replaced by theirs); after that it counts as abandoned.
/// </summary>
public sealed record ExecutorSettings(TimeSpan Lease, TimeSpan? Budget, TimeSpan Precedence)
{
    public static ExecutorSettings Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(30));
}
