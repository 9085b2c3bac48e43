using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.GitHub.Webhooks;
using PlanBot.Storage;

namespace PlanBot.Cli.Serve;

/// <summary>
/// What the Functions queue trigger does, for <c>planbot serve</c>: drains the same Azure Storage queue into the same
/// <see cref="WebhookMessageProcessor"/>. A message is kept invisible while it runs; a failed one reappears after the
/// visibility timeout (the retry delay) and, once it has been handed out <see cref="WebhookQueueOptions.MaxDequeueCount"/>
/// times, moves to the poison queue.
/// </summary>
public sealed class QueuePoller(
    StorageResources storage,
    WebhookMessageProcessor processor,
    IOptions<WebhookQueueOptions> options,
    TimeProvider clock,
    ILogger<QueuePoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                await storage.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
                messages = (await storage.Queue.ReceiveMessagesAsync(settings.BatchSize, settings.VisibilityTimeout, stoppingToken).ConfigureAwait(false)).Value;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is Azure.RequestFailedException or AggregateException or HttpRequestException)
            {
                ServeLog.QueueUnavailable(logger, e);
                messages = [];
            }

            if (messages.Length == 0)
            {
                await Task.Delay(settings.PollInterval, clock, stoppingToken).ConfigureAwait(false);
                continue;
            }

            await Task.WhenAll(messages.Select(m => RunAsync(m, settings, stoppingToken))).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(QueueMessage message, WebhookQueueOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var lease = new MessageLease(storage.Queue, message, settings.VisibilityTimeout, clock);
            bool handled;
            await using (lease.ConfigureAwait(false))
            {
                handled = message.DequeueCount <= settings.MaxDequeueCount && await TryProcessAsync(message, cancellationToken).ConfigureAwait(false);
            }

            if (handled)
            {
                await storage.Queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, cancellationToken).ConfigureAwait(false);
            }
            else if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, lease.PopReceipt, cancellationToken).ConfigureAwait(false);
            }

            // Otherwise the message reappears after the visibility timeout and is tried again.
        }
        catch (Azure.RequestFailedException e)
        {
            // A lost delete means the message comes back and runs again; handlers are idempotent for that reason.
            ServeLog.QueueUnavailable(logger, e);
        }
    }

    /// <summary>False when the processor failed; it has logged why, with the delivery id.</summary>
    private async Task<bool> TryProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessAsync(message.MessageText, message.MessageId, message.DequeueCount, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, string popReceipt, CancellationToken cancellationToken)
    {
        await storage.PoisonQueue.SendMessageAsync(message.MessageText, cancellationToken).ConfigureAwait(false);
        await storage.Queue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken).ConfigureAwait(false);
        ServeLog.Poisoned(
            logger,
            StorageWebhookQueue.TryReadDeliveryId(message.MessageText) ?? "(unreadable)",
            message.MessageId,
            storage.PoisonQueue.Name,
            message.DequeueCount);
    }
}
