namespace PlanBot.Core.Tracking;

/// <summary>A week was closed while some acceptance criteria were still unticked.</summary>
public sealed record WeekClosedIncomplete(int Week, ValueList<string> Unticked) : TrackingEvent;
