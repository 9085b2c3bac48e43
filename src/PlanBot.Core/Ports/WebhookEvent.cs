using System.Text.Json;

namespace PlanBot.Core.Ports;

/// <summary>
/// A webhook delivery as queued by the ingress and handed to a handler. <paramref name="Repository"/> is
/// <c>owner/name</c>; <paramref name="Payload"/> is GitHub's JSON body, unchanged.
/// </summary>
public sealed record WebhookEvent(
    string DeliveryId,
    string Event,
    string? Action,
    long? InstallationId,
    string? Repository,
    JsonElement Payload)
{
    /// <summary>
    /// One of PlanBot's own jobs rather than a GitHub delivery: job names contain a dot, which no GitHub event name
    /// does (the ingress refuses such names).
    /// </summary>
    public bool IsJob => Event.Contains('.', StringComparison.Ordinal);
}
