namespace PlanBot.Core.Tracking;

/// <summary>
/// What the repository has: its label names, milestones, issues (ours are told apart by marker, others are
/// ignored) and the sub-issue links among them.
/// </summary>
public sealed record ActualState(
    ValueList<string> Labels,
    ValueList<RemoteMilestone> Milestones,
    ValueList<RemoteIssue> Issues,
    ValueList<SubIssueLink> SubIssues)
{
    public static ActualState Empty { get; } = new(ValueList<string>.Empty, ValueList<RemoteMilestone>.Empty, ValueList<RemoteIssue>.Empty, ValueList<SubIssueLink>.Empty);
}
