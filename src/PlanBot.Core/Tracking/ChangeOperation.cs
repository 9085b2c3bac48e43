namespace PlanBot.Core.Tracking;

/// <summary>
/// One step of a <see cref="ChangeSet"/>. <see cref="Key"/> is unique within a change set and stable for the same
/// plan and state, so an executor can checkpoint the steps of a run it has done and, after an interruption,
/// skip them when the recomputed change set still contains them (comments are not state, so this is what keeps
/// them from being posted twice). Checkpoints belong to one run, not to the repository forever.
/// </summary>
public abstract record ChangeOperation
{
    public abstract string Key { get; }
}
