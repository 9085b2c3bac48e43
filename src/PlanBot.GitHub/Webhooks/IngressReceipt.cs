namespace PlanBot.GitHub.Webhooks;

/// <summary>The body of a 202: which delivery was accepted, and whether it had been queued before.</summary>
public sealed record IngressReceipt(string DeliveryId, bool Duplicate);
