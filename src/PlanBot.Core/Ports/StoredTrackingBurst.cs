namespace PlanBot.Core.Ports;

public sealed record StoredTrackingBurst(TrackingBurst Burst, string ETag);
