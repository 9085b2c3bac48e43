using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;

namespace PlanBot.GitHub.Tracking;

/// <summary>
/// <see cref="TrackingJobs.Track"/>: the delayed job of one issue event. It runs when its event is the burst's last
/// (or the burst has gone on past <see cref="TrackingJobOptions.MaxBurst"/>): it claims the waiting events and applies
/// the <see cref="Core.Tracking.ProgressTracker"/>'s changes — closed weeks, comments, closed milestones, the tracker
/// update — in one resumable run. A retried job that already claimed its burst runs again; any other job whose
/// events were claimed has nothing to do.
/// </summary>
public sealed class TrackJobHandler(
    IPublicationStore publications,
    ITrackingBurstStore bursts,
    TrackingRunner runner,
    IOptions<TrackingJobOptions> options,
    TimeProvider clock,
    ILogger<TrackJobHandler> logger) : IWebhookHandler
{
    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var repository = TrackingJobs.Repository(webhookEvent);
        var job = TrackingJobs.Payload<TrackJob>(webhookEvent);
        var now = clock.GetUtcNow();
        var mine = false;
        await Optimistic.UpdateAsync<StoredTrackingBurst, TrackingBurst>(
            () => bursts.GetAsync(repository, cancellationToken),
            stored =>
            {
                var burst = stored?.Burst;
                mine = burst?.ClaimedBy == job.Event;
                var due = burst is { PendingSince: { } since } && (burst.LastEvent == job.Event || now - since >= options.Value.MaxBurst);
                mine |= due;
                return due ? burst! with { PendingSince = null, ClaimedBy = job.Event } : null;
            },
            (burst, stored) => bursts.SaveAsync(burst, stored?.ETag, cancellationToken)).ConfigureAwait(false);
        if (!mine)
        {
            TrackingLog.Superseded(logger, webhookEvent.DeliveryId, repository.FullName);
            return;
        }

        if ((await publications.GetAsync(repository, cancellationToken).ConfigureAwait(false))?.Publication is not { } publication)
        {
            TrackingLog.NotPublished(logger, webhookEvent.DeliveryId, repository.FullName);
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var run = new ChangeRun(repository, "track-" + job.Event, publication.Options.Label, publication.Issues, PlanRuns.Track(publication.Plan, publication.Options, today));
        await runner.RunAsync(webhookEvent, run, cancellationToken).ConfigureAwait(false);
    }
}
