namespace PlanBot.Core.Tracking;

/// <summary>
/// Replaces title, body (which already keeps people's ticks), labels and milestone of an existing issue; a null
/// <see cref="Milestone"/> leaves the milestone alone. <see cref="Reopen"/> is set for an item PlanBot closed
/// because it had left the plan and that is back in it.
/// </summary>
public sealed record UpdateIssue(ObjectRef Issue, string Title, string Body, ValueList<string> Labels, ObjectRef? Milestone, bool Reopen = false) : ChangeOperation
{
    public override string Key => $"update-issue:{Issue}";
}
