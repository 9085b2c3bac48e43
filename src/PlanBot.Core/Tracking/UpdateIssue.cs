namespace PlanBot.Core.Tracking;

/// <summary>Replaces title, body, labels and milestone of an existing issue (the body already keeps people's ticks).</summary>
public sealed record UpdateIssue(ObjectRef Issue, string Title, string Body, ValueList<string> Labels, ObjectRef? Milestone) : ChangeOperation
{
    public override string Key => $"update-issue:{Issue}";
}
