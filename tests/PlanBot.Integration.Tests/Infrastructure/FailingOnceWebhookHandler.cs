using PlanBot.Core.Ports;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>Fails its first run with the exception <paramref name="failure"/> makes (a transient fault, a rate limit), then succeeds.</summary>
public sealed class FailingOnceWebhookHandler(Func<Exception> failure) : IWebhookHandler
{
    private int attempts;

    public int Attempts => Volatile.Read(ref attempts);

    public TaskCompletionSource Succeeded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref attempts) == 1)
        {
            throw failure();
        }

        Succeeded.TrySetResult();
        return Task.CompletedTask;
    }
}
