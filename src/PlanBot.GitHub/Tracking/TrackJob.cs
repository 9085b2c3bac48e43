namespace PlanBot.GitHub.Tracking;

/// <summary>The payload of a <see cref="TrackingJobs.Track"/> job: the <c>issues</c> delivery it was queued for.</summary>
public sealed record TrackJob(string Event);
