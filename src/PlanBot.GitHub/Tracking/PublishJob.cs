namespace PlanBot.GitHub.Tracking;

/// <summary>The payload of a <see cref="TrackingJobs.Publish"/> job: why, who asked, and the webhook delivery that did.</summary>
public sealed record PublishJob(string Reason, string RequestedBy, string? RequestDelivery);
