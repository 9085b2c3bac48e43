namespace PlanBot.Core.Tracking;

public sealed record UpdateMilestone(int Number, TrackingKey Target, string Title, string Description, DateOnly Due) : ChangeOperation
{
    public override string Key => $"update-milestone:{Target}";
}
