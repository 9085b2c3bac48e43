using System.Text.Json;
using Azure;
using PlanBot.Core;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>
/// Azure Storage queue with a claim check: a message whose payload would not fit (64 KiB after Base64, which the
/// Functions queue trigger expects) goes to a blob, and the message carries the blob's name instead. PlanBot's own
/// jobs travel on it too, possibly delayed (the message stays invisible until then).
/// </summary>
public sealed class StorageWebhookQueue(StorageResources resources) : IWebhookQueue, IJobQueue
{
    /// <summary>The queue service keeps a message invisible for at most seven days.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);

    /// <summary>64 KiB of Base64 is 48 KiB of text; the rest is headroom for the queue's own envelope.</summary>
    public const int MaxInlineMessageBytes = 45 * 1024;

    public Task EnqueueAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken) =>
        EnqueueAsync(webhookEvent, TimeSpan.Zero, cancellationToken);

    public async Task EnqueueAsync(WebhookEvent webhookEvent, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay < TimeSpan.Zero || delay > MaxDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, $"A queue message can be delayed by 0 to {MaxDelay.TotalDays} days.");
        }

        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var inline = new WebhookMessage(
            webhookEvent.DeliveryId, webhookEvent.Event, webhookEvent.Action, webhookEvent.InstallationId, webhookEvent.Repository, webhookEvent.Payload, null);
        var text = JsonSerializer.Serialize(inline, StorageJson.Options.Contract<WebhookMessage>());
        if (System.Text.Encoding.UTF8.GetByteCount(text) > MaxInlineMessageBytes)
        {
            var blobName = BlobName(webhookEvent.DeliveryId);
            var payload = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(webhookEvent.Payload, StorageJson.Options.Contract<JsonElement>()));
            await resources.Payloads.GetBlobClient(blobName).UploadAsync(payload, overwrite: true, cancellationToken).ConfigureAwait(false);
            text = JsonSerializer.Serialize(inline with { Payload = null, PayloadBlob = blobName }, StorageJson.Options.Contract<WebhookMessage>());
        }

        await resources.Queue.SendMessageAsync(text, visibilityTimeout: delay, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task<WebhookEvent> OpenAsync(string message, CancellationToken cancellationToken)
    {
        var envelope = Parse(message);
        JsonElement payload;
        if (envelope.PayloadBlob is { } blobName)
        {
            await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var content = await resources.Payloads.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                using var document = JsonDocument.Parse(content.Value.Content.ToMemory());
                payload = document.RootElement.Clone();
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                throw new InvalidDataException($"The payload blob {blobName} of delivery {envelope.DeliveryId} is gone.", e);
            }
        }
        else
        {
            payload = envelope.Payload ?? throw new InvalidDataException($"Delivery {envelope.DeliveryId} has neither a payload nor a payload blob.");
        }

        return new WebhookEvent(envelope.DeliveryId, envelope.Event, envelope.Action, envelope.InstallationId, envelope.Repository, payload);
    }

    /// <summary>The delivery id of a message without fetching its payload, for log lines about messages that failed.</summary>
    public static string? TryReadDeliveryId(string message)
    {
        try
        {
            return Parse(message).DeliveryId;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static WebhookMessage Parse(string message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize(message, StorageJson.Options.Contract<WebhookMessage>());
            return envelope is { DeliveryId.Length: > 0, Event.Length: > 0 }
                ? envelope
                : throw new InvalidDataException("The queue message has no delivery id or event.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("The queue message is not a PlanBot webhook message.", e);
        }
    }

    private static string BlobName(string deliveryId) => deliveryId + ".json";
}
