using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PlanBot.Core.Telemetry;

/// <summary>
/// Every span source and instrument PlanBot records, in one place so dashboards and alerts have one list to follow.
/// The <see cref="ActivitySource"/> and the meter are both named <see cref="Name"/>; the exporters subscribe by that name.
/// </summary>
public sealed class PlanBotTelemetry
{
    public const string Name = "PlanBot";

    private readonly Counter<long> deliveries;
    private readonly Counter<long> duplicates;
    private readonly Counter<long> gitHubRequests;
    private readonly Counter<long> rateLimitWaits;
    private readonly Counter<long> plansGenerated;
    private readonly Histogram<double> publishDuration;

    /// <param name="meters">The host's factory: meters it creates are disposed with the host and told apart per host in tests.</param>
    public PlanBotTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        deliveries = meter.CreateCounter<long>("planbot.webhook.deliveries", "{delivery}", "Webhook deliveries accepted and queued, by event.");
        duplicates = meter.CreateCounter<long>("planbot.webhook.duplicates", "{delivery}", "Webhook deliveries seen before and not queued again, by event.");
        gitHubRequests = meter.CreateCounter<long>("planbot.github.requests", "{request}", "GitHub REST requests, by method and outcome.");
        rateLimitWaits = meter.CreateCounter<long>("planbot.github.rate_limit.waits", "{wait}", "Times PlanBot paused for GitHub's rate limits, by reason.");
        plansGenerated = meter.CreateCounter<long>("planbot.plans.generated", "{plan}", "IMPLEMENTATION_PLAN.md files generated, by what triggered them.");
        publishDuration = meter.CreateHistogram<double>("planbot.publish.duration", "s", "Time to reconcile milestones and issues with a plan, by outcome.");
    }

    /// <summary>Spans: one per webhook delivery processed from the queue, and whatever PlanBot code runs inside it.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    public void DeliveryQueued(string eventName) => deliveries.Add(1, new KeyValuePair<string, object?>(PlanBotTags.Event, eventName));

    public void DuplicateDelivery(string eventName) => duplicates.Add(1, new KeyValuePair<string, object?>(PlanBotTags.Event, eventName));

    /// <param name="statusCode">The response status; null when no response came (timeout, connection failure).</param>
    /// <param name="rateLimited">GitHub refused the request for a primary or secondary rate limit (a 403 or 429 saying so).</param>
    public void GitHubRequestCompleted(string method, int? statusCode, bool rateLimited) =>
        gitHubRequests.Add(
            1,
            new KeyValuePair<string, object?>(PlanBotTags.HttpMethod, method),
            new KeyValuePair<string, object?>(PlanBotTags.Outcome, GitHubRequestOutcome.Classify(statusCode, rateLimited)));

    /// <param name="reason">What asked for the pause: <c>retry-after</c>, <c>x-ratelimit-reset</c> or <c>pacing</c> (PlanBot's own write budget).</param>
    public void RateLimitWaited(string reason) => rateLimitWaits.Add(1, new KeyValuePair<string, object?>(PlanBotTags.Reason, reason));

    /// <param name="trigger">What started the generation: <c>answers</c>, <c>generate</c>, <c>regenerate</c> or <c>synchronize</c>.</param>
    public void PlanGenerated(string trigger) => plansGenerated.Add(1, new KeyValuePair<string, object?>(PlanBotTags.Trigger, trigger));

    public void PublishCompleted(TimeSpan duration, bool succeeded) =>
        publishDuration.Record(
            duration.TotalSeconds,
            new KeyValuePair<string, object?>(PlanBotTags.Outcome, succeeded ? GitHubRequestOutcome.Success : GitHubRequestOutcome.Failure));
}
