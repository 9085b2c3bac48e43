namespace PlanBot.Core.Tracking;

/// <summary>A milestone as GitHub returns it.</summary>
public sealed record RemoteMilestone(int Number, string Title, string? Description, DateTimeOffset? DueOn, RemoteState State);
