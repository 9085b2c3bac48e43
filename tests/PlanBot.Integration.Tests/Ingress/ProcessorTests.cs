using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanBot.GitHub.Http;
using PlanBot.GitHub.Webhooks;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit;

namespace PlanBot.Integration.Tests.Ingress;

/// <summary>Deliveries through <c>planbot serve</c> end to end: Kestrel → queue (Azurite) → poller → handler.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProcessorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Pull_request_opened_reaches_the_handler_registered_for_it_with_the_delivery_id_in_the_log_scope()
    {
        var opened = new RecordingWebhookHandler();
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString, configure: services =>
        {
            services.AddSingleton(opened).AddWebhookHandler<RecordingWebhookHandler>("pull_request", "opened", "synchronize");
        });
        var delivery = WebhookRequests.NewDeliveryId();

        var response = await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, WebhookExamples.Get("pull_request", "opened")));
        await opened.FirstEvent.WaitAsync(Wait.Patience);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var received = Assert.Single(opened.Received);
        Assert.Equal((delivery, "pull_request", "opened", "Codertocat/Hello-World"), (received.DeliveryId, received.Event, received.Action, received.Repository));
        Assert.Equal("opened", received.Payload.GetProperty("action").GetString());
        var dispatched = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1101);
        Assert.Equal(delivery, dispatched.Scope["DeliveryId"]);
        Assert.Equal("Codertocat/Hello-World", dispatched.Scope["Repository"]);
        Assert.NotNull(dispatched.Scope["PullRequest"]);
        var forThisDelivery = host.Logs.Entries.Where(e => e.Category.StartsWith("PlanBot.", StringComparison.Ordinal)).ToList();
        Assert.Contains(forThisDelivery, e => e.EventId.Id == 1002);
        Assert.All(forThisDelivery, e => Assert.Equal(delivery, e.Scope["DeliveryId"]));
    }

    [Theory]
    [InlineData("pull_request", "labeled")]
    [InlineData("issues", "labeled")]
    public async Task Events_without_a_handler_go_to_the_null_handler_and_leave_the_queue(string eventName, string action)
    {
        var recorder = new RecordingWebhookHandler();
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString, configure: services =>
            services.AddSingleton(recorder).AddWebhookHandler<RecordingWebhookHandler>("pull_request", "opened"));
        var payload = WebhookExamples.Get(eventName, action);
        var delivery = WebhookRequests.NewDeliveryId();

        await host.Client.SendAsync(WebhookRequests.Signed(eventName, delivery, payload));
        await Wait.UntilAsync(() => host.Logs.Entries.Any(e => e.EventId.Id == 1102 && Equals(e.Values["DeliveryId"], delivery)));

        Assert.Empty(recorder.Received);
        Assert.Equal(nameof(NullWebhookHandler), host.Logs.Entries.Single(e => e.EventId.Id == 1101).Values["Handler"]);
        Assert.Equal(0, await host.QueuedCountAsync());
    }

    [Fact]
    public async Task A_handler_that_always_throws_ends_in_the_poison_queue_with_the_delivery_id_logged()
    {
        var failing = new ThrowingWebhookHandler();
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString, configure: services =>
            services.AddSingleton(failing).AddWebhookHandler<ThrowingWebhookHandler>("pull_request"));
        var delivery = WebhookRequests.NewDeliveryId();

        await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, WebhookExamples.Get("pull_request", "opened")));
        await Wait.UntilAsync(async () => (await host.PoisonQueue.ExistsAsync()).Value && (await host.PoisonQueue.PeekMessagesAsync(32)).Value.Length > 0);

        var poisoned = Assert.Single((await host.PoisonQueue.PeekMessagesAsync(32)).Value);
        Assert.Contains(delivery, poisoned.MessageText, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueuedCountAsync());
        Assert.Equal(3, failing.Attempts);
        var moved = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 2001);
        Assert.Equal(LogLevel.Error, moved.Level);
        Assert.Contains(delivery, moved.Message, StringComparison.Ordinal);
        var lastTry = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1104);
        Assert.Equal(delivery, lastTry.Values["DeliveryId"]);
        Assert.Equal(2, host.Logs.Entries.Count(e => e.EventId.Id == 1103));
    }

    [Fact]
    public async Task A_delivery_stopped_by_a_rate_limit_runs_again_when_it_ends_without_spending_an_attempt()
    {
        var limited = new FailingOnceWebhookHandler(() => new GitHubRateLimitedException("Secondary rate limit.", DateTimeOffset.UtcNow.AddSeconds(1)));
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString, configure: services =>
            services.AddSingleton(limited).AddWebhookHandler<FailingOnceWebhookHandler>("pull_request"));
        var delivery = WebhookRequests.NewDeliveryId();

        await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, WebhookExamples.Get("pull_request", "opened")));
        await limited.Succeeded.Task.WaitAsync(Wait.Patience);
        await Wait.UntilAsync(() => host.Logs.Entries.Any(e => e.EventId.Id == 1102 && Equals(e.Values["DeliveryId"], delivery)));

        Assert.Equal(2, limited.Attempts);
        var postponed = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1108);
        Assert.Equal(delivery, postponed.Values["DeliveryId"]);
        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId.Id is 1103 or 1104);
        Assert.Equal([1L, 1L], host.Logs.Entries.Where(e => e.EventId.Id == 1101).Select(e => (long)e.Values["Attempt"]!).ToArray());
    }

    [Fact]
    public async Task A_poisoned_delivery_is_accepted_again_when_github_redelivers_it_with_the_same_id()
    {
        var failing = new ThrowingWebhookHandler();
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString, configure: services =>
            services.AddSingleton(failing).AddWebhookHandler<ThrowingWebhookHandler>("pull_request"));
        var delivery = WebhookRequests.NewDeliveryId();
        var body = WebhookExamples.Get("pull_request", "opened");

        await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, body));
        await Wait.UntilAsync(() => host.Logs.Entries.Any(e => e.EventId.Id == 2001));
        var redelivered = await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, body));
        await Wait.UntilAsync(() => failing.Attempts > 3);

        Assert.Equal(HttpStatusCode.Accepted, redelivered.StatusCode);
        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId.Id == 1003);
    }

    [Fact]
    public async Task A_delivery_github_sends_twice_is_queued_twice_and_has_one_effect()
    {
        var recorder = new RecordingWebhookHandler();
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString, configure: services =>
            services.AddSingleton(recorder).AddWebhookHandler<RecordingWebhookHandler>("pull_request", "opened"));
        var delivery = WebhookRequests.NewDeliveryId();
        var body = WebhookExamples.Get("pull_request", "opened");

        var first = await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, body));
        var second = await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, body));
        await Wait.UntilAsync(() => host.Logs.Entries.Any(e => e.EventId.Id == 1003) && host.Logs.Entries.Any(e => e.EventId.Id == 1102));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted], new[] { first.StatusCode, second.StatusCode });
        Assert.Equal(new IngressReceipt(delivery), await second.Content.ReadFromJsonAsync<IngressReceipt>());
        Assert.Equal(delivery, Assert.Single(recorder.Received).DeliveryId);
        Assert.Equal(delivery, Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1003).Values["DeliveryId"]);
        Assert.Equal(2, host.Logs.Entries.Count(e => e.EventId.Id == 1002));
    }

    [Fact]
    public async Task A_message_the_queue_retries_after_a_failure_runs_again_although_its_delivery_id_is_claimed()
    {
        var flaky = new FailingOnceWebhookHandler(() => new InvalidOperationException("A transient failure."));
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString, configure: services =>
            services.AddSingleton(flaky).AddWebhookHandler<FailingOnceWebhookHandler>("pull_request"));
        var delivery = WebhookRequests.NewDeliveryId();

        await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, WebhookExamples.Get("pull_request", "opened")));
        await flaky.Succeeded.Task.WaitAsync(Wait.Patience);
        await Wait.UntilAsync(() => host.Logs.Entries.Any(e => e.EventId.Id == 1102));

        Assert.Equal(2, flaky.Attempts);
        Assert.Equal([1L, 2L], host.Logs.Entries.Where(e => e.EventId.Id == 1101).Select(e => (long)e.Values["Attempt"]!).ToArray());
        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId.Id == 1003);
        Assert.Equal(delivery, Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1102).Values["DeliveryId"]);
    }

    [Fact]
    public async Task A_handler_running_past_the_visibility_timeout_keeps_its_message_and_runs_once()
    {
        var slow = new SlowWebhookHandler(TimeSpan.FromSeconds(5));
        await using var host = await ServeTestHost.StartAsync(
            azurite.ConnectionString,
            configure: services => services.AddSingleton(slow).AddWebhookHandler<SlowWebhookHandler>("pull_request"),
            settings: new Dictionary<string, string> { ["PlanBot:Queue:VisibilityTimeout"] = "00:00:02" });

        await host.Client.SendAsync(WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), WebhookExamples.Get("pull_request", "opened")));
        await slow.Finished.WaitAsync(Wait.Patience);
        await Wait.UntilAsync(async () => await host.QueuedCountAsync() == 0);

        Assert.Equal(1, slow.Starts);
        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId.Id == 2002);
    }
}
