namespace PlanBot.Core.Tracking;

public sealed record CreateIssue(TrackingKey Target, string Title, string Body, ValueList<string> Labels, ObjectRef? Milestone) : ChangeOperation
{
    public override string Key => $"create-issue:{Target}";
}
