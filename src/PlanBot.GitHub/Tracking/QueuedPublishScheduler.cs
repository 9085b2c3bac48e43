using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Tracking;

/// <summary>Publishing is a job on the queue: the handler that asks returns at once, and the job resumes if interrupted.</summary>
public sealed class QueuedPublishScheduler(IJobQueue jobs) : IPublishScheduler
{
    public Task ScheduleAsync(PublishRequest request, CancellationToken cancellationToken) =>
        jobs.EnqueueAsync(TrackingJobs.ForPublish(request), TimeSpan.Zero, cancellationToken);
}
