namespace PlanBot.Core.Tracking;

/// <summary>Something that happened to the plan's progress and deserves an action or a note.</summary>
public abstract record TrackingEvent;
