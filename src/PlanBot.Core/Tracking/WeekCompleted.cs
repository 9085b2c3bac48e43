namespace PlanBot.Core.Tracking;

/// <summary>Every acceptance criterion of an open week is ticked.</summary>
public sealed record WeekCompleted(int Week) : TrackingEvent;
