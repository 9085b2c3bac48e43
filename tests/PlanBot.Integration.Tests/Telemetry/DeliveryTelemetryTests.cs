using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core.Telemetry;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit;

namespace PlanBot.Integration.Tests.Telemetry;

/// <summary>What a delivery through <c>planbot serve</c> records: counters, a span, and what reaches an OTLP collector.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DeliveryTelemetryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ingress_counts_queued_deliveries_and_the_processor_duplicates_by_event()
    {
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString);
        var measurements = new ConcurrentQueue<(string Instrument, long Value, string? Event)>();
        using var listener = new MeterListener();
        var factory = host.Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PlanBotTelemetry.Name && instrument.Meter.Scope == factory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? eventName = null;
            foreach (var tag in tags)
            {
                eventName = tag.Key == PlanBotTags.Event ? tag.Value as string : eventName;
            }

            measurements.Enqueue((instrument.Name, value, eventName));
        });
        listener.Start();
        var delivery = WebhookRequests.NewDeliveryId();
        // An event PlanBot handles, sent twice: a delivery without a handler has nothing to de-duplicate.
        var body = WebhookExamples.Get("issues", "edited");

        await host.Client.SendAsync(WebhookRequests.Signed("issues", delivery, body));
        await host.Client.SendAsync(WebhookRequests.Signed("issues", delivery, body));
        await host.Client.SendAsync(WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), WebhookExamples.Get("pull_request", "labeled")));
        await Wait.UntilAsync(async () => measurements.Any(m => m.Instrument == "planbot.webhook.duplicates") && await host.QueuedCountAsync() == 0);

        // The poller runs alongside the ingress, so only the counts are certain, not their order.
        Assert.Equal(
            [("planbot.webhook.deliveries", 1L, "issues"), ("planbot.webhook.deliveries", 1L, "issues"), ("planbot.webhook.deliveries", 1L, "pull_request"), ("planbot.webhook.duplicates", 1L, "issues")],
            measurements.OrderBy(m => m.Instrument, StringComparer.Ordinal).ThenBy(m => m.Event, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Processing_a_delivery_is_one_span_tagged_with_the_delivery_repository_and_pull_request()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PlanBotTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString);
        var delivery = WebhookRequests.NewDeliveryId();

        await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, WebhookExamples.Get("pull_request", "labeled")));
        await Wait.UntilAsync(() => spans.Any(span => Equals(span.GetTagItem(PlanBotTags.DeliveryId), delivery)));

        var span = Assert.Single(spans, span => Equals(span.GetTagItem(PlanBotTags.DeliveryId), delivery));
        Assert.Equal("process pull_request.labeled", span.DisplayName);
        Assert.Equal(ActivityKind.Consumer, span.Kind);
        Assert.Equal("Codertocat/Hello-World", span.GetTagItem(PlanBotTags.Repository));
        Assert.Equal(2L, span.GetTagItem(PlanBotTags.PullRequest));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task With_an_otlp_endpoint_serve_exports_the_delivery_span_the_log_lines_with_their_scope_and_the_counters()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var delivery = WebhookRequests.NewDeliveryId();
        var host = await ServeTestHost.StartAsync(azurite.ConnectionString, settings: new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        await using (host)
        {
            await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, WebhookExamples.Get("pull_request", "labeled")));
            await Wait.UntilAsync(() => host.Logs.Entries.Any(e => e.EventId.Id == 1102));
        }

        // Stopping the host flushes every exporter.
        Assert.True(collector.Received("/v1/traces", delivery), "No exported span carries the delivery id.");
        Assert.True(collector.Received("/v1/logs", delivery), "No exported log record carries the delivery id.");
        Assert.True(collector.Received("/v1/logs", "Codertocat/Hello-World"), "Exported log records lack the repository scope.");
        Assert.True(collector.Received("/v1/metrics", "planbot.webhook.deliveries"), "The deliveries counter was not exported.");
    }
}
