using Microsoft.Extensions.Logging;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Tracking;

/// <summary>For the daily timer: one <see cref="TrackingJobs.Daily"/> job per published repository, so each runs (and fails) on its own.</summary>
public sealed class DailyTrackingScheduler(IPublicationStore publications, IJobQueue jobs, TimeProvider clock, ILogger<DailyTrackingScheduler> logger)
{
    /// <summary>Queues today's checks; returns how many.</summary>
    public async Task<int> ScheduleAsync(CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var count = 0;
        await foreach (var repository in publications.ListRepositoriesAsync(cancellationToken).ConfigureAwait(false))
        {
            await jobs.EnqueueAsync(TrackingJobs.ForDaily(repository, day), TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
            count++;
        }

        TrackingLog.DailyScheduled(logger, count, day);
        return count;
    }
}
