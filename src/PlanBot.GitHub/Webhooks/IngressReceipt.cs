namespace PlanBot.GitHub.Webhooks;

/// <summary>The body of a 202: which delivery was accepted and queued.</summary>
public sealed record IngressReceipt(string DeliveryId);
