namespace PlanBot.Core.Tracking;

/// <summary>An issue as GitHub returns it. <see cref="DatabaseId"/> is what the sub-issue API takes.</summary>
public sealed record RemoteIssue(
    int Number,
    long DatabaseId,
    string Title,
    string? Body,
    RemoteState State,
    ValueList<string> Labels,
    int? MilestoneNumber);
