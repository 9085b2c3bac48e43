using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;
using PlanBot.Core.Tracking;

namespace PlanBot.GitHub.Tracking;

/// <summary>
/// <c>issues</c> edited (a box ticked), closed or reopened on a published week: notes the event in the repository's
/// burst and queues a tracking job for after the quiet period. Only the job of the burst's last event runs, so a
/// person ticking five boxes gets one tracker update. Events from bots (PlanBot's own edits included), pull requests,
/// edits that leave the body alone, and issues that are not PlanBot's weeks are ignored.
/// </summary>
public sealed class IssueEventHandler(
    IPublicationStore publications,
    ITrackingBurstStore bursts,
    IJobQueue jobs,
    IOptions<TrackingJobOptions> options,
    TimeProvider clock,
    ILogger<IssueEventHandler> logger) : IWebhookHandler
{
    public async Task HandleAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        if (Ignored(webhookEvent) is { } reason)
        {
            TrackingLog.NotTracked(logger, webhookEvent.DeliveryId, reason);
            return;
        }

        var repository = TrackingJobs.Repository(webhookEvent);
        if (await publications.GetAsync(repository, cancellationToken).ConfigureAwait(false) is null)
        {
            TrackingLog.NotTracked(logger, webhookEvent.DeliveryId, $"{repository.FullName} has no published plan");
            return;
        }

        var now = clock.GetUtcNow();
        await Optimistic.UpdateAsync<StoredTrackingBurst, TrackingBurst>(
            () => bursts.GetAsync(repository, cancellationToken),
            stored => stored is null
                ? new TrackingBurst(repository, now, webhookEvent.DeliveryId, null)
                : stored.Burst with { PendingSince = stored.Burst.PendingSince ?? now, LastEvent = webhookEvent.DeliveryId },
            (burst, stored) => bursts.SaveAsync(burst, stored?.ETag, cancellationToken)).ConfigureAwait(false);
        var delay = options.Value.QuietPeriod;
        await jobs.EnqueueAsync(TrackingJobs.ForTrack(repository, webhookEvent.DeliveryId), delay, cancellationToken).ConfigureAwait(false);
        TrackingLog.TrackingScheduled(logger, webhookEvent.DeliveryId, Week(webhookEvent.Payload)!.Number, repository.FullName, delay);
    }

    private static string? Ignored(WebhookEvent webhookEvent)
    {
        var payload = webhookEvent.Payload;
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty("issue", out var issue) || issue.ValueKind != JsonValueKind.Object)
        {
            return "the payload has no issue";
        }

        if (Text(payload, "sender", "type") == "Bot")
        {
            return $"sent by the bot {Text(payload, "sender", "login")}";
        }

        if (issue.TryGetProperty("pull_request", out var pull) && pull.ValueKind == JsonValueKind.Object)
        {
            return "a pull request";
        }

        if (Week(payload) is null)
        {
            return "not a week PlanBot published";
        }

        if (webhookEvent.Action == "edited" && !(payload.TryGetProperty("changes", out var changes) && changes.ValueKind == JsonValueKind.Object && changes.TryGetProperty("body", out _)))
        {
            return "the body did not change";
        }

        return webhookEvent.InstallationId is null ? "no installation" : null;
    }

    private static TrackingKey? Week(JsonElement payload) =>
        TrackingKey.Find(Text(payload, "issue", "body")) is { Kind: TrackingKind.Week } key ? key : null;

    private static string? Text(JsonElement payload, string parent, string name) =>
        payload.TryGetProperty(parent, out var element) && element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
