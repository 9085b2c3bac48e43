using Microsoft.Extensions.Logging;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.GitHub.Http;

namespace PlanBot.GitHub.Tracking;

/// <summary>
/// Runs a job's change run and, when it cannot finish now — another run holds the repository, its time budget ran out,
/// GitHub asked for a long pause — queues the same job again for when it can, instead of failing towards the poison
/// queue. Other failures are thrown, so the queue retries the job, which resumes from its checkpoint.
/// </summary>
public sealed class TrackingRunner(ChangeSetExecutor executor, IJobQueue jobs, TimeProvider clock, ILogger<TrackingRunner> logger)
{
    private static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(5);

    /// <summary>The result of a completed run; null when the job was queued again to go on later.</summary>
    public async Task<RunResult?> RunAsync(WebhookEvent job, ChangeRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(run);
        RunResult result;
        try
        {
            result = await executor.RunAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubRateLimitedException error)
        {
            var delay = Bounded(error.ResumeAt - clock.GetUtcNow());
            TrackingLog.RateLimited(logger, job.DeliveryId, error.ResumeAt, delay, error);
            await jobs.EnqueueAsync(job, delay, cancellationToken).ConfigureAwait(false);
            return null;
        }

        switch (result.Outcome)
        {
            case RunOutcome.Completed:
                TrackingLog.Completed(logger, job.DeliveryId, run.RunId, run.Repository.FullName, result.Requests);
                return result;
            case RunOutcome.Busy:
                var delay = Bounded(result.RetryAfter);
                TrackingLog.Busy(logger, job.DeliveryId, run.Repository.FullName, delay);
                await jobs.EnqueueAsync(job, delay, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                TrackingLog.Yielded(logger, job.DeliveryId, run.RunId, result.Requests);
                await jobs.EnqueueAsync(job, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
                return null;
        }
    }

    private static TimeSpan Bounded(TimeSpan delay) => delay < ShortestWait ? ShortestWait : delay;
}
