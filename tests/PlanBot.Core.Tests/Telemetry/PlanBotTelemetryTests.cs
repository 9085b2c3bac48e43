using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using PlanBot.Core.Telemetry;

namespace PlanBot.Core.Tests.Telemetry;

/// <summary>The instruments dashboards are built on: their names, units and tags.</summary>
public sealed class PlanBotTelemetryTests
{
    public static TheoryData<int?, bool, string> Outcomes => new()
    {
        { 200, false, "success" },
        { 201, false, "success" },
        { 204, false, "success" },
        { 304, false, "not_modified" },
        { 404, false, "client_error" },
        { 422, false, "client_error" },
        { 403, false, "client_error" },
        { 403, true, "rate_limited" },
        { 429, true, "rate_limited" },
        { null, true, "rate_limited" },
        { 500, false, "server_error" },
        { 502, false, "server_error" },
        { null, false, "failure" },
        { 302, false, "failure" },
        { 100, false, "failure" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void A_github_response_is_counted_under_one_outcome(int? statusCode, bool rateLimited, string outcome) =>
        Assert.Equal(outcome, GitHubRequestOutcome.Classify(statusCode, rateLimited));

    [Fact]
    public void Each_call_records_one_measurement_on_its_instrument_with_its_tags()
    {
        using var meters = new TestMeterFactory();
        var telemetry = new PlanBotTelemetry(meters);
        var recorded = new ConcurrentQueue<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => recorded.Enqueue(Describe(instrument, value, tags)));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => recorded.Enqueue(Describe(instrument, value, tags)));
        listener.Start();

        telemetry.DeliveryQueued("pull_request");
        telemetry.DuplicateDelivery("issue_comment");
        telemetry.GitHubRequestCompleted("PUT", 201, rateLimited: false);
        telemetry.GitHubRequestCompleted("POST", 403, rateLimited: true);
        telemetry.RateLimitWaited("retry-after");
        telemetry.PlanGenerated("answers");
        telemetry.PublishCompleted(TimeSpan.FromMilliseconds(1500), succeeded: true);

        Assert.Equal(
            [
                "planbot.webhook.deliveries {delivery} 1 Event=pull_request",
                "planbot.webhook.duplicates {delivery} 1 Event=issue_comment",
                "planbot.github.requests {request} 1 http.request.method=PUT outcome=success",
                "planbot.github.requests {request} 1 http.request.method=POST outcome=rate_limited",
                "planbot.github.rate_limit.waits {wait} 1 reason=retry-after",
                "planbot.plans.generated {plan} 1 trigger=answers",
                "planbot.publish.duration s 1.5 outcome=success",
            ],
            recorded.ToArray());
        Assert.Equal(PlanBotTelemetry.Name, PlanBotTelemetry.ActivitySource.Name);
    }

    private static string Describe<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string> { instrument.Name, instrument.Unit ?? string.Empty, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)! };
        foreach (var tag in tags)
        {
            parts.Add($"{tag.Key}={tag.Value}");
        }

        Assert.Equal(PlanBotTelemetry.Name, instrument.Meter.Name);
        return string.Join(' ', parts);
    }

    /// <summary>The minimal meter factory: meters it creates are scoped to it, so parallel tests never see each other's.</summary>
    private sealed class TestMeterFactory : IMeterFactory
    {
        private readonly List<Meter> meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            meters.Add(meter);
            return meter;
        }

        public void Dispose() => meters.ForEach(meter => meter.Dispose());
    }
}
