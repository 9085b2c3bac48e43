using PlanBot.Core.Conversation;
using PlanBot.Core.Telemetry;

namespace PlanBot.Core.Tests.Telemetry;

/// <summary>The instruments dashboards are built on: their names, units and tags.</summary>
public sealed class PlanBotTelemetryTests
{
    [Fact]
    public void Each_call_records_one_measurement_on_its_instrument_with_its_tags()
    {
        using var measurements = new RecordedMeasurements();
        var telemetry = measurements.Telemetry;

        telemetry.DeliveryQueued("pull_request");
        telemetry.DuplicateDelivery("issue_comment");
        telemetry.PlanGenerated(PlanTrigger.Answers);
        telemetry.PublishRun(TimeSpan.FromMilliseconds(1500), PublishOutcome.Completed);
        telemetry.PublishRun(TimeSpan.FromSeconds(2), PublishOutcome.Continued);
        telemetry.PublishRun(TimeSpan.FromSeconds(3), PublishOutcome.Failed);

        Assert.Equal(
            [
                "planbot.webhook.deliveries {delivery} 1 Event=pull_request",
                "planbot.webhook.duplicates {delivery} 1 Event=issue_comment",
                "planbot.plans.generated {plan} 1 trigger=answers",
                "planbot.publish.duration s 1.5 outcome=completed",
                "planbot.publish.duration s 2 outcome=continued",
                "planbot.publish.duration s 3 outcome=failed",
            ],
            measurements.All);
        Assert.Equal(PlanBotTelemetry.Name, PlanBotTelemetry.ActivitySource.Name);
    }
}
