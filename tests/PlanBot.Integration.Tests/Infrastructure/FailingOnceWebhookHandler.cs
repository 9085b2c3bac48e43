using PlanBot.Core.Ports;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>Fails its first run, as a transient fault would, then succeeds.</summary>
public sealed class FailingOnceWebhookHandler : IWebhookHandler
{
    private int attempts;

    public int Attempts => Volatile.Read(ref attempts);

    public TaskCompletionSource Succeeded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref attempts) == 1)
        {
            throw new InvalidOperationException("A transient failure.");
        }

        Succeeded.TrySetResult();
        return Task.CompletedTask;
    }
}
