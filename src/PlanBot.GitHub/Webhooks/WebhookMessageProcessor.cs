using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Webhooks;

/// <summary>
/// Runs one queue message: opens it (fetching a claim-checked payload), dispatches it to its handler inside a log
/// scope carrying the delivery id, and rethrows failures so the queue retries and finally poisons the message.
/// Used by the Functions queue trigger and by <c>planbot serve</c>'s poller alike.
/// </summary>
public sealed class WebhookMessageProcessor(
    IWebhookQueue queue,
    IWebhookHandlerFactory handlers,
    IOptions<WebhookQueueOptions> options,
    ILogger<WebhookMessageProcessor> logger)
{
    public int MaxDequeueCount => options.Value.MaxDequeueCount;

    /// <param name="dequeueCount">How many times the queue has handed out this message, this time included.</param>
    public async Task ProcessAsync(string message, long dequeueCount, CancellationToken cancellationToken)
    {
        WebhookEvent webhookEvent;
        try
        {
            webhookEvent = await queue.OpenAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            WebhookLog.Unreadable(logger, dequeueCount, e);
            throw;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["DeliveryId"] = webhookEvent.DeliveryId,
            ["Event"] = webhookEvent.Event,
            ["Repository"] = webhookEvent.Repository,
            ["PullRequest"] = PullRequestNumber(webhookEvent.Payload),
        });
        var handler = handlers.Create(webhookEvent.Event, webhookEvent.Action);
        WebhookLog.Dispatching(logger, webhookEvent.DeliveryId, webhookEvent.Event, webhookEvent.Action, handler.GetType().Name, dequeueCount);
        try
        {
            await handler.HandleAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (dequeueCount >= MaxDequeueCount)
            {
                WebhookLog.GivingUp(logger, webhookEvent.DeliveryId, dequeueCount, MaxDequeueCount, e);
            }
            else
            {
                WebhookLog.WillRetry(logger, webhookEvent.DeliveryId, dequeueCount, MaxDequeueCount, e);
            }

            throw;
        }

        WebhookLog.Handled(logger, webhookEvent.DeliveryId);
    }

    /// <summary><c>pull_request.number</c>, or <c>issue.number</c> when the issue is a pull request (PR comments).</summary>
    private static long? PullRequestNumber(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (payload.TryGetProperty("pull_request", out var pr) && pr.ValueKind == JsonValueKind.Object
            && pr.TryGetProperty("number", out var prNumber) && prNumber.ValueKind == JsonValueKind.Number && prNumber.TryGetInt64(out var number))
        {
            return number;
        }

        return payload.TryGetProperty("issue", out var issue) && issue.ValueKind == JsonValueKind.Object
            && issue.TryGetProperty("pull_request", out _)
            && issue.TryGetProperty("number", out var issueNumber) && issueNumber.ValueKind == JsonValueKind.Number && issueNumber.TryGetInt64(out var n)
            ? n
            : null;
    }
}
