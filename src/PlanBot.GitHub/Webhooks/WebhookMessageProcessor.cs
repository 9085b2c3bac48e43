using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;
using PlanBot.Core.Telemetry;
using PlanBot.GitHub.Http;

namespace PlanBot.GitHub.Webhooks;

/// <summary>
/// Runs one queue message: opens it (fetching a claim-checked payload), claims a GitHub delivery's id for the message
/// so a delivery GitHub sent twice has one effect, dispatches it to its handler inside a log scope and a span carrying
/// the delivery id, repository and pull request, and rethrows failures so the queue retries and finally poisons the
/// message. A delivery GitHub's rate limits stopped is not a failure: it is queued again for when GitHub allows
/// requests again, without spending one of its attempts (an hour's quota would poison it).
/// Used by the Functions queue trigger and by <c>planbot serve</c>'s poller alike.
/// </summary>
/// <remarks>
/// PlanBot's own jobs are not claimed: each job gets a fresh id when it is created, so only its own re-queueing
/// (<see cref="Tracking.TrackingRunner"/> resuming a run, a postponement) sends an id twice, and that must run.
/// </remarks>
public sealed class WebhookMessageProcessor(
    IWebhookQueue queue,
    IWebhookHandlerFactory handlers,
    IDeliveryLedger ledger,
    IJobQueue jobs,
    TimeProvider clock,
    PlanBotTelemetry telemetry,
    IOptions<WebhookQueueOptions> options,
    ILogger<WebhookMessageProcessor> logger)
{
    private static readonly TimeSpan ShortestPostponement = TimeSpan.FromSeconds(1);

    public int MaxDequeueCount => options.Value.MaxDequeueCount;

    /// <param name="messageId">The queue's id for this message, the same on every retry of it.</param>
    /// <param name="dequeueCount">How many times the queue has handed out this message, this time included.</param>
    public async Task ProcessAsync(string message, string messageId, long dequeueCount, CancellationToken cancellationToken)
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

        // Most of what GitHub sends has no handler; a delivery with no effect has nothing to de-duplicate, so it costs
        // no ledger write.
        if (!webhookEvent.IsJob && handler is not NullWebhookHandler
            && !await ledger.TryClaimAsync(webhookEvent.DeliveryId, messageId, cancellationToken).ConfigureAwait(false))
        {
            WebhookLog.Duplicate(logger, webhookEvent.DeliveryId, messageId);
            telemetry.DuplicateDelivery(webhookEvent.Event);
            return;
        }

        WebhookLog.Dispatching(logger, webhookEvent.DeliveryId, webhookEvent.Event, webhookEvent.Action, handler.GetType().Name, dequeueCount);
        try
        {
            await handler.HandleAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubRateLimitedException limited)
        {
            var delay = limited.ResumeAt - clock.GetUtcNow();
            delay = delay < ShortestPostponement ? ShortestPostponement : delay;

            // The postponed copy is a new message: it must find the id free. Released first, so a failure in between
            // leaves this message holding the claim (or the id free) when the queue retries it.
            if (!webhookEvent.IsJob)
            {
                await ledger.ReleaseAsync(webhookEvent.DeliveryId, cancellationToken).ConfigureAwait(false);
            }

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
                await ForgetDeliveryAsync(webhookEvent).ConfigureAwait(false);
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
    /// GitHub keeps a delivery's id when it is redelivered, so the ledger would drop the redelivery of a poisoned
    /// delivery as a duplicate; forgetting it lets an operator press Redeliver. Best effort: the message is poisoned
    /// either way.
    /// </summary>
    private async Task ForgetDeliveryAsync(WebhookEvent webhookEvent)
    {
        if (webhookEvent.IsJob)
        {
            return;
        }

        try
        {
            await ledger.ReleaseAsync(webhookEvent.DeliveryId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WebhookLog.ReleaseFailed(logger, webhookEvent.DeliveryId, e);
        }
    }
}
