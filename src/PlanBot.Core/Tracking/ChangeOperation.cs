namespace PlanBot.Core.Tracking;

/// <summary>
/// One step of a <see cref="ChangeSet"/>. <see cref="Key"/> is stable for the same plan and state, so an
/// executor can checkpoint the steps it has done and resume after an interruption without duplicates.
/// </summary>
public abstract record ChangeOperation
{
    public abstract string Key { get; }
}
