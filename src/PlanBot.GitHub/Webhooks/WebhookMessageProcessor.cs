using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;
using PlanBot.GitHub.Http;

namespace PlanBot.GitHub.Webhooks;

/// <summary>
/// Runs one queue message: opens it (fetching a claim-checked payload), dispatches it to its handler inside a log
/// scope and a span carrying the delivery id, repository and pull request, and rethrows failures so the queue retries
/// and finally poisons the message. A delivery GitHub's rate limits stopped is not a failure: it is queued again for
/// when GitHub allows requests again, without spending one of its attempts (an hour's quota would poison it).
/// Used by the Functions queue trigger and by <c>planbot serve</c>'s poller alike.
/// </summary>
public sealed class WebhookMessageProcessor(
    IWebhookQueue queue,
    IWebhookHandlerFactory handlers,
    IDeliveryLedger ledger,
    IJobQueue jobs,
    TimeProvider clock,
    IOptions<WebhookQueueOptions> options,
    ILogger<WebhookMessageProcessor> logger)
{
    private static readonly TimeSpan ShortestPostponement = TimeSpan.FromSeconds(1);

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

        using var scope = logger.BeginScope(WebhookDiagnostics.Scope(webhookEvent));
        using var activity = WebhookDiagnostics.StartProcessing(webhookEvent);
        var handler = handlers.Create(webhookEvent.Event, webhookEvent.Action);
        WebhookLog.Dispatching(logger, webhookEvent.DeliveryId, webhookEvent.Event, webhookEvent.Action, handler.GetType().Name, dequeueCount);
        try
        {
            await handler.HandleAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubRateLimitedException limited)
        {
            var delay = limited.ResumeAt - clock.GetUtcNow();
            delay = delay < ShortestPostponement ? ShortestPostponement : delay;
            await jobs.EnqueueAsync(webhookEvent, delay, cancellationToken).ConfigureAwait(false);
            WebhookLog.Postponed(logger, webhookEvent.DeliveryId, limited.ResumeAt, delay);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            if (dequeueCount >= MaxDequeueCount)
            {
                WebhookLog.GivingUp(logger, webhookEvent.DeliveryId, dequeueCount, MaxDequeueCount, e);
                await ForgetDeliveryAsync(webhookEvent.DeliveryId).ConfigureAwait(false);
            }
            else
            {
                WebhookLog.WillRetry(logger, webhookEvent.DeliveryId, dequeueCount, MaxDequeueCount, e);
            }

            throw;
        }

        WebhookLog.Handled(logger, webhookEvent.DeliveryId);
    }

    /// <summary>
    /// GitHub keeps a delivery's id when it is redelivered, so the ledger would swallow the redelivery of a poisoned
    /// delivery as a duplicate; forgetting it lets an operator press Redeliver. Best effort: the message is poisoned
    /// either way.
    /// </summary>
    private async Task ForgetDeliveryAsync(string deliveryId)
    {
        try
        {
            await ledger.ReleaseAsync(deliveryId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WebhookLog.ReleaseFailed(logger, deliveryId, e);
        }
    }
}
