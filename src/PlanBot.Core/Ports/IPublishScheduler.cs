namespace PlanBot.Core.Ports;

/// <summary>Queues a publish: it runs later, from the queue, in resumable steps. Scheduling twice is harmless.</summary>
public interface IPublishScheduler
{
    Task ScheduleAsync(PublishRequest request, CancellationToken cancellationToken);
}
