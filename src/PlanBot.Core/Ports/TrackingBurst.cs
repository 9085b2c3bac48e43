namespace PlanBot.Core.Ports;

/// <summary>
/// Issue events not yet tracked: the first came at <see cref="PendingSince"/> (null when none waits) and the last was
/// delivery <see cref="LastEvent"/>. Each event queues a delayed job; the job of the last event runs (or, in a burst
/// that goes on, the first job after the longest wait), so a burst of ticks gives one tracker update.
/// <see cref="ClaimedBy"/> is the job whose run took the waiting events.
/// </summary>
public sealed record TrackingBurst(RepositoryRef Repository, DateTimeOffset? PendingSince, string? LastEvent, string? ClaimedBy);
