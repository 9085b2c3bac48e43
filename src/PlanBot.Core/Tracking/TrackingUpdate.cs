namespace PlanBot.Core.Tracking;

/// <summary>The progress after this update's changes are applied, what happened, and the changes to apply.</summary>
public sealed record TrackingUpdate(PlanProgress Progress, ValueList<TrackingEvent> Events, ChangeSet Changes);
