namespace PlanBot.Core.Ports;

/// <summary>
/// PlanBot's own jobs (publish, track, daily) as events on the webhook queue, so they share its processor, retries and
/// poison queue. A delayed job stays invisible until <c>delay</c> has passed.
/// </summary>
public interface IJobQueue
{
    Task EnqueueAsync(WebhookEvent webhookEvent, TimeSpan delay, CancellationToken cancellationToken);
}
