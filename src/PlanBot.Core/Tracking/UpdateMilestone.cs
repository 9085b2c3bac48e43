namespace PlanBot.Core.Tracking;

/// <summary>
/// Replaces title, description and due date of a milestone. <see cref="Reopen"/> is set for the milestone of a
/// phase PlanBot closed because it had left the plan and that is back in it.
/// </summary>
public sealed record UpdateMilestone(int Number, TrackingKey Target, string Title, string Description, DateOnly Due, bool Reopen = false) : ChangeOperation
{
    public override string Key => $"update-milestone:{Target}";
}
