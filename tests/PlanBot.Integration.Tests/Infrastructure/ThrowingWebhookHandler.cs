using PlanBot.Core.Ports;

namespace PlanBot.Integration.Tests.Infrastructure;

public sealed class ThrowingWebhookHandler : IWebhookHandler
{
    private int attempts;

    public int Attempts => Volatile.Read(ref attempts);

    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        throw new InvalidOperationException("This handler always fails.");
    }
}
