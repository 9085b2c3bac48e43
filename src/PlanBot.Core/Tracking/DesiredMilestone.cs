namespace PlanBot.Core.Tracking;

/// <summary>The milestone a phase should be: its <see cref="Description"/> carries the marker of <see cref="Target"/>.</summary>
public sealed record DesiredMilestone(TrackingKey Target, string Title, string Description, DateOnly Due);
