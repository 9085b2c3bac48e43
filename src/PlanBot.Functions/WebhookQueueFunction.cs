using Microsoft.Azure.Functions.Worker;
using PlanBot.GitHub.Webhooks;
using PlanBot.Storage;

namespace PlanBot.Functions;

/// <summary>
/// Drains the webhook queue. A failure is rethrown so the host retries; after host.json's <c>maxDequeueCount</c>
/// the host moves the message to <c>planbot-webhooks-poison</c>, and the processor logs the delivery id on that
/// last try.
/// </summary>
public sealed class WebhookQueueFunction(WebhookMessageProcessor processor)
{
    /// <param name="id">The message id, bound from the trigger's metadata by name; the delivery ledger's claimant.</param>
    /// <param name="dequeueCount">Bound from the trigger's metadata by name.</param>
    [Function("WebhookQueue")]
    public Task RunAsync(
        [QueueTrigger(StorageOptions.DefaultQueueName, Connection = "AzureWebJobsStorage")] string message,
        string id,
        long dequeueCount,
        CancellationToken cancellationToken) =>
        processor.ProcessAsync(message, id, dequeueCount, cancellationToken);
}
