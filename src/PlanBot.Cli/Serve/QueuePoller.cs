using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.GitHub.Webhooks;
using PlanBot.Storage;

namespace PlanBot.Cli.Serve;

/// <summary>
/// What the Functions queue trigger does, for <c>planbot serve</c>: drains the same Azure Storage queue into the same
/// <see cref="WebhookMessageProcessor"/>. A failed message stays invisible for the visibility timeout (the retry
/// delay) and, once it has been handed out <see cref="WebhookQueueOptions.MaxDequeueCount"/> times, moves to the
/// poison queue.
/// </summary>
public sealed class QueuePoller(
    StorageResources storage,
    WebhookMessageProcessor processor,
    IOptions<WebhookQueueOptions> options,
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
                await Task.Delay(settings.PollInterval, stoppingToken).ConfigureAwait(false);
                continue;
            }

            await Task.WhenAll(messages.Select(m => RunAsync(m, settings.MaxDequeueCount, stoppingToken))).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(QueueMessage message, int maxDequeueCount, CancellationToken cancellationToken)
    {
        if (message.DequeueCount <= maxDequeueCount)
        {
            try
            {
                await processor.ProcessAsync(message.MessageText, message.DequeueCount, cancellationToken).ConfigureAwait(false);
                await storage.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested && message.DequeueCount < maxDequeueCount)
            {
                // The processor has logged it; the message reappears after the visibility timeout and is tried again.
                return;
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Last try failed: fall through to the poison queue, as the Functions host would.
            }
        }

        await storage.PoisonQueue.SendMessageAsync(message.MessageText, cancellationToken).ConfigureAwait(false);
        await storage.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
        ServeLog.Poisoned(
            logger,
            StorageWebhookQueue.TryReadDeliveryId(message.MessageText) ?? "(unreadable)",
            message.MessageId,
            storage.PoisonQueue.Name,
            message.DequeueCount);
    }
}
