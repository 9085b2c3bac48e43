using PlanBot.Core.Ports;
using PlanBot.GitHub.Http;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>Meets GitHub's rate limit on its first run (resume in a second), then succeeds.</summary>
public sealed class RateLimitedOnceWebhookHandler : IWebhookHandler
{
    private int attempts;

    public int Attempts => Volatile.Read(ref attempts);

    public TaskCompletionSource Succeeded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref attempts) == 1)
        {
            throw new GitHubRateLimitedException("Secondary rate limit.", DateTimeOffset.UtcNow.AddSeconds(1));
        }

        Succeeded.TrySetResult();
        return Task.CompletedTask;
    }
}
