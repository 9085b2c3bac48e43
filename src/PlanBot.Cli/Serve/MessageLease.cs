using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace PlanBot.Cli.Serve;

/// <summary>
/// Keeps a message invisible while its handler runs longer than the visibility timeout (as the Functions host
/// does), so a slow delivery is not handed to a second worker. <see cref="PopReceipt"/> follows each renewal.
/// </summary>
internal sealed class MessageLease : IAsyncDisposable
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task renewing;

    public MessageLease(QueueClient queue, QueueMessage message, TimeSpan visibilityTimeout, TimeProvider clock)
    {
        PopReceipt = message.PopReceipt;
        renewing = RenewAsync(queue, message.MessageId, visibilityTimeout, clock);
    }

    public string PopReceipt { get; private set; }

    /// <summary>Stops renewing after any renewal in flight has finished, so <see cref="PopReceipt"/> is current.</summary>
    public async ValueTask DisposeAsync()
    {
        released.TrySetResult();
        await renewing.ConfigureAwait(false);
    }

    private async Task RenewAsync(QueueClient queue, string messageId, TimeSpan visibilityTimeout, TimeProvider clock)
    {
        while (true)
        {
            var due = Task.Delay(visibilityTimeout / 2, clock);
            if (await Task.WhenAny(due, released.Task).ConfigureAwait(false) == released.Task)
            {
                return;
            }

            try
            {
                var receipt = await queue.UpdateMessageAsync(messageId, PopReceipt, visibilityTimeout: visibilityTimeout).ConfigureAwait(false);
                PopReceipt = receipt.Value.PopReceipt;
            }
            catch (RequestFailedException)
            {
                // The message is gone or was taken over; nothing left to keep invisible.
                return;
            }
        }
    }
}
