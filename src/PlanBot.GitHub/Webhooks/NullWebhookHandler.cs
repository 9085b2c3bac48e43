using Microsoft.Extensions.Logging;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Webhooks;

/// <summary>For events PlanBot does not act on: the delivery is consumed and noted at debug level.</summary>
public sealed class NullWebhookHandler(ILogger<NullWebhookHandler> logger) : IWebhookHandler
{
    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        WebhookLog.Ignored(logger, webhookEvent.Event, webhookEvent.Action, webhookEvent.DeliveryId);
        return Task.CompletedTask;
    }
}
