namespace PlanBot.Core.Ports;

/// <summary>Does the work for one kind of webhook event. Runs from the queue, so it must be idempotent.</summary>
public interface IWebhookHandler
{
    Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken);
}
