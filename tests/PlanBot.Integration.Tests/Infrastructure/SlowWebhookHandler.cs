using PlanBot.Core.Ports;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>Takes longer than the queue's visibility timeout, and counts how often it is started.</summary>
public sealed class SlowWebhookHandler(TimeSpan duration) : IWebhookHandler
{
    private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int starts;

    public int Starts => Volatile.Read(ref starts);

    public Task Finished => finished.Task;

    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref starts);
        await Task.Delay(duration, cancellationToken);
        finished.TrySetResult();
    }
}
