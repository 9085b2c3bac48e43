namespace PlanBot.Core.Tracking;

public sealed record CreateMilestone(TrackingKey Target, string Title, string Description, DateOnly Due) : ChangeOperation
{
    public override string Key => $"create-milestone:{Target}";
}
