namespace PlanBot.Core.Tracking;

/// <summary>
/// An issue the plan should have (week, phase or tracker). <see cref="Milestone"/> is the milestone key it belongs
/// to; <see cref="Parent"/> the issue it is a sub-issue of.
/// </summary>
public sealed record DesiredIssue(
    TrackingKey Target,
    string Title,
    string Body,
    ValueList<string> Labels,
    TrackingKey? Milestone,
    TrackingKey? Parent);
