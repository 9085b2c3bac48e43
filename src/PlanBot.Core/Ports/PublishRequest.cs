namespace PlanBot.Core.Ports;

/// <summary>
/// A request to publish (reconcile) the plan on the default branch of <see cref="Repository"/> into milestones and
/// issues: from a merged plan PR or <c>/planbot publish</c>. <see cref="DeliveryId"/> is the webhook delivery that
/// asked, for the logs.
/// </summary>
public sealed record PublishRequest(RepositoryRef Repository, string Reason, string RequestedBy, string? DeliveryId);
