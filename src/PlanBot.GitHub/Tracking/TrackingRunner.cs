using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.GitHub.Http;

namespace PlanBot.GitHub.Tracking;

/// <summary>
/// Runs a job's change run and, when it cannot finish now — another run holds the repository, its time budget ran out,
/// GitHub asked for a long pause, a request failed after the run got somewhere — queues the same job again for when it
/// can, so a long run on a flaky GitHub resumes as often as it makes progress instead of heading for the poison queue.
/// A failure before any progress is thrown: the queue retries it, and poisons it if it keeps failing.
/// </summary>
public sealed class TrackingRunner(ChangeSetExecutor executor, IJobQueue jobs, TimeProvider clock, ILogger<TrackingRunner> logger)
{
    private static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(5);

    /// <summary>The result of a completed run; null when the job was queued again to go on later.</summary>
    public async Task<RunResult?> RunAsync(WebhookEvent job, ChangeRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(run);
        var result = await executor.RunAsync(run, cancellationToken).ConfigureAwait(false);
        TimeSpan delay;
        switch (result)
        {
            case { Outcome: RunOutcome.Completed }:
                TrackingLog.Completed(logger, job.DeliveryId, run.RunId, run.Repository.FullName, result.Requests);
                return result;
            case { Outcome: RunOutcome.Busy }:
                delay = Bounded(result.RetryAfter);
                TrackingLog.Busy(logger, job.DeliveryId, run.Repository.FullName, delay);
                break;
            case { Outcome: RunOutcome.Yielded }:
                delay = TimeSpan.Zero;
                TrackingLog.Yielded(logger, job.DeliveryId, run.RunId, result.Requests);
                break;
            case { Error: GitHubRateLimitedException limited }:
                delay = Bounded(limited.ResumeAt - clock.GetUtcNow());
                TrackingLog.RateLimited(logger, job.DeliveryId, limited.ResumeAt, delay, limited);
                break;
            case { StepsDone: > 0, Error: { } error }:
                delay = ShortestWait;
                TrackingLog.FailedAfterProgress(logger, job.DeliveryId, run.RunId, result.StepsDone, error);
                break;
            default:
                ExceptionDispatchInfo.Throw(result.Error ?? new InvalidOperationException($"Run {run.RunId} failed without an error."));
                return null;
        }

        await jobs.EnqueueAsync(job, delay, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static TimeSpan Bounded(TimeSpan delay) => delay < ShortestWait ? ShortestWait : delay;
}
