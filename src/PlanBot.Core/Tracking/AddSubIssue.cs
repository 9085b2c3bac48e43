namespace PlanBot.Core.Tracking;

/// <summary>
/// Makes <see cref="Child"/> a sub-issue of <see cref="Parent"/>. <see cref="ReplaceParent"/> is set when the
/// child already hangs under another issue (a week that moved to another phase).
/// </summary>
public sealed record AddSubIssue(ObjectRef Parent, ObjectRef Child, bool ReplaceParent) : ChangeOperation
{
    public override string Key => $"add-sub-issue:{Parent}>{Child}";
}
