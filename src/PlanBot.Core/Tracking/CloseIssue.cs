namespace PlanBot.Core.Tracking;

/// <summary>Posts <see cref="Comment"/> on the issue, then closes it.</summary>
public sealed record CloseIssue(ObjectRef Issue, string Comment) : ChangeOperation
{
    public override string Key => $"close-issue:{Issue}";
}
