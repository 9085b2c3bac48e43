using System.Collections.Concurrent;
using PlanBot.Core.Ports;

namespace PlanBot.Integration.Tests.Infrastructure;

public sealed class RecordingWebhookHandler : IWebhookHandler
{
    private readonly ConcurrentQueue<WebhookEvent> received = new();
    private readonly TaskCompletionSource first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<WebhookEvent> Received => [.. received];

    /// <summary>Completes when the first event arrives.</summary>
    public Task FirstEvent => first.Task;

    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        received.Enqueue(webhookEvent);
        first.TrySetResult();
        return Task.CompletedTask;
    }
}
