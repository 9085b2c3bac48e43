namespace PlanBot.Core.Tracking;

/// <summary>Every week of a phase is closed while its milestone is still open.</summary>
public sealed record PhaseCompleted(int Phase) : TrackingEvent;
