using Microsoft.Extensions.Logging;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;

namespace PlanBot.GitHub.Tracking;

/// <summary>
/// <see cref="TrackingJobs.Daily"/>: tracks the repository as of the job's day (late weeks and the forecast move with
/// the date) and comments once on the tracker about the weeks that slipped since the last check, which it then
/// records. A day already checked is skipped.
/// </summary>
public sealed class DailyJobHandler(IPublicationStore publications, TrackingRunner runner, ILogger<DailyJobHandler> logger) : IWebhookHandler
{
    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var repository = TrackingJobs.Repository(webhookEvent);
        var day = TrackingJobs.Payload<DailyJob>(webhookEvent).Day;
        if ((await publications.GetAsync(repository, cancellationToken).ConfigureAwait(false))?.Publication is not { } publication)
        {
            TrackingLog.NotPublished(logger, webhookEvent.DeliveryId, repository.FullName);
            return;
        }

        if (publication.SlipsCheckedOn >= day)
        {
            TrackingLog.AlreadyChecked(logger, webhookEvent.DeliveryId, repository.FullName, day);
            return;
        }

        var run = new ChangeRun(
            repository,
            "daily-" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            publication.Options.Label,
            publication.Issues,
            PlanRuns.Daily(publication.Plan, publication.Options, day, publication.SlipsCheckedOn));
        if (await runner.RunAsync(webhookEvent, run, cancellationToken).ConfigureAwait(false) is null)
        {
            return;
        }

        await Optimistic.UpdateAsync<StoredPublication, Publication>(
            () => publications.GetAsync(repository, cancellationToken),
            stored => stored is null || stored.Publication.SlipsCheckedOn >= day ? null : stored.Publication with { SlipsCheckedOn = day },
            (next, stored) => publications.SaveAsync(next, stored!.ETag, cancellationToken)).ConfigureAwait(false);
    }
}
