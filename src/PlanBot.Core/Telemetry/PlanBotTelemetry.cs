using System.Diagnostics;
using System.Diagnostics.Metrics;
using PlanBot.Core.Conversation;

namespace PlanBot.Core.Telemetry;

/// <summary>
/// The span source and the instruments of PlanBot's own work. The <see cref="ActivitySource"/> and the meter are both
/// named <see cref="Name"/>; the exporters subscribe by that name. GitHub traffic is measured on the same meter by the
/// HTTP pipeline that sees it (<c>PlanBot.GitHub.GitHubMetrics</c>); docs/operations.md lists every instrument.
/// </summary>
public sealed class PlanBotTelemetry
{
    public const string Name = "PlanBot";

    private readonly Counter<long> deliveries;
    private readonly Counter<long> duplicates;
    private readonly Counter<long> plansGenerated;
    private readonly Histogram<double> publishDuration;

    /// <param name="meters">The host's factory: meters it creates are disposed with the host and told apart per host in tests.</param>
    public PlanBotTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        deliveries = meter.CreateCounter<long>("planbot.webhook.deliveries", "{delivery}", "Webhook deliveries accepted and queued, by event.");
        duplicates = meter.CreateCounter<long>("planbot.webhook.duplicates", "{delivery}", "Webhook deliveries already taken by another queue message and dropped, by event.");
        plansGenerated = meter.CreateCounter<long>("planbot.plans.generated", "{plan}", "IMPLEMENTATION_PLAN.md files generated, by what triggered them.");
        publishDuration = meter.CreateHistogram<double>("planbot.publish.duration", "s", "Time of one publish run (reconciling milestones and issues with a plan), by outcome.");
    }

    /// <summary>Spans: one per webhook delivery processed from the queue, and whatever PlanBot code runs inside it.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    public void DeliveryQueued(string eventName) => deliveries.Add(1, new KeyValuePair<string, object?>(PlanBotTags.Event, eventName));

    public void DuplicateDelivery(string eventName) => duplicates.Add(1, new KeyValuePair<string, object?>(PlanBotTags.Event, eventName));

    /// <summary>One plan written; tagged <c>answers</c>, <c>generate</c>, <c>regenerate</c> or <c>synchronize</c>.</summary>
    public void PlanGenerated(PlanTrigger trigger) =>
        plansGenerated.Add(1, new KeyValuePair<string, object?>(PlanBotTags.Trigger, trigger switch
        {
            PlanTrigger.Answers => "answers",
            PlanTrigger.Generate => "generate",
            PlanTrigger.Regenerate => "regenerate",
            PlanTrigger.Synchronize => "synchronize",
            _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
        }));

    /// <summary>One publish run, from its start to its end or to the point it was queued again.</summary>
    public void PublishRun(TimeSpan duration, PublishOutcome outcome) =>
        publishDuration.Record(
            duration.TotalSeconds,
            new KeyValuePair<string, object?>(PlanBotTags.Outcome, outcome switch
            {
                PublishOutcome.Completed => "completed",
                PublishOutcome.Continued => "continued",
                PublishOutcome.Failed => "failed",
                _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
            }));
}
