using System.Text.Json;

namespace PlanBot.Storage;

/// <summary>The queue message: the event's headers with either the payload inline or the name of its blob.</summary>
internal sealed record WebhookMessage(
    string DeliveryId,
    string Event,
    string? Action,
    long? InstallationId,
    string? Repository,
    JsonElement? Payload,
    string? PayloadBlob);
