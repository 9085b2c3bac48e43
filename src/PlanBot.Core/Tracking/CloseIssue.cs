namespace PlanBot.Core.Tracking;

/// <summary>
/// Posts <see cref="Comment"/> on the issue, then closes it; when <see cref="Body"/> is set the same request
/// replaces the body (PlanBot notes there that the item left the plan).
/// </summary>
public sealed record CloseIssue(ObjectRef Issue, string Comment, string? Body = null) : ChangeOperation
{
    public override string Key => $"close-issue:{Issue}";
}
