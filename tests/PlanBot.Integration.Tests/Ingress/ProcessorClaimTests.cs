using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NSubstitute;
using PlanBot.Core.Ports;
using PlanBot.GitHub.Webhooks;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit;

namespace PlanBot.Integration.Tests.Ingress;

/// <summary>Which messages the processor claims in the delivery ledger, and what a claim held by another message does.</summary>
public sealed class ProcessorClaimTests
{
    private readonly IWebhookQueue queue = Substitute.For<IWebhookQueue>();
    private readonly InMemoryDeliveryLedger ledger = new();
    private readonly RecordingWebhookHandler recorder = new();
    private readonly IWebhookHandlerFactory handlers = Substitute.For<IWebhookHandlerFactory>();
    private readonly WebhookMessageProcessor processor;

    public ProcessorClaimTests()
    {
        handlers.Create(Arg.Any<string>(), Arg.Any<string?>()).Returns(recorder);
        processor = new WebhookMessageProcessor(
            queue, handlers, ledger, Substitute.For<IJobQueue>(), TimeProvider.System, TestTelemetry.Create(), Options.Create(new WebhookQueueOptions()), NullLogger<WebhookMessageProcessor>.Instance);
    }

    [Fact]
    public async Task A_github_delivery_another_message_claimed_is_completed_without_reaching_its_handler()
    {
        queue.OpenAsync("m", Arg.Any<CancellationToken>()).Returns(Event("d-1", "pull_request"));
        await ledger.TryClaimAsync("d-1", "m-1", CancellationToken.None);

        await processor.ProcessAsync("m", "m-2", 1, CancellationToken.None);
        await processor.ProcessAsync("m", "m-1", 2, CancellationToken.None);

        Assert.Single(recorder.Received);
        Assert.Equal("m-1", ledger.Holder("d-1"));
    }

    /// <summary>A job keeps its id when <c>TrackingRunner</c> queues it again as a new message; that copy must run.</summary>
    [Fact]
    public async Task A_planbot_job_is_not_claimed_so_its_requeued_copies_run()
    {
        queue.OpenAsync("m", Arg.Any<CancellationToken>()).Returns(Event("planbot-track-1", "planbot.track"));

        await processor.ProcessAsync("m", "m-1", 1, CancellationToken.None);
        await processor.ProcessAsync("m", "m-2", 1, CancellationToken.None);

        Assert.Equal(2, recorder.Received.Count);
        Assert.Null(ledger.Holder("planbot-track-1"));
    }

    [Fact]
    public async Task A_delivery_without_a_handler_costs_no_claim()
    {
        handlers.Create("pull_request", "labeled").Returns(new NullWebhookHandler(NullLogger<NullWebhookHandler>.Instance));
        queue.OpenAsync("m", Arg.Any<CancellationToken>()).Returns(Event("d-3", "pull_request", "labeled"));

        await processor.ProcessAsync("m", "m-3", 1, CancellationToken.None);

        Assert.Null(ledger.Holder("d-3"));
    }

    private static WebhookEvent Event(string deliveryId, string eventName, string? action = null)
    {
        using var payload = JsonDocument.Parse("{}");
        return new WebhookEvent(deliveryId, eventName, action, 1, "o/r", payload.RootElement.Clone());
    }
}
