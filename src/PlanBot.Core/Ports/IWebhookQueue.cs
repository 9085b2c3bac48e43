namespace PlanBot.Core.Ports;

/// <summary>The queue between the webhook ingress and the processor. Large payloads travel by claim check.</summary>
public interface IWebhookQueue
{
    Task EnqueueAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken);

    /// <summary>Turns a queue message back into the event, fetching a claim-checked payload.</summary>
    /// <exception cref="InvalidDataException">The message is not a PlanBot webhook message.</exception>
    Task<WebhookEvent> OpenAsync(string message, CancellationToken cancellationToken);
}
