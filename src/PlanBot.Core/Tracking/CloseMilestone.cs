namespace PlanBot.Core.Tracking;

/// <summary>Closes a milestone; when <see cref="Description"/> is set the same request replaces the description.</summary>
public sealed record CloseMilestone(ObjectRef Milestone, string? Description = null) : ChangeOperation
{
    public override string Key => $"close-milestone:{Milestone}";
}
