namespace PlanBot.Core.Tracking;

public sealed record CloseMilestone(ObjectRef Milestone) : ChangeOperation
{
    public override string Key => $"close-milestone:{Milestone}";
}
