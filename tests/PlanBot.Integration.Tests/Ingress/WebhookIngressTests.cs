using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PlanBot.GitHub.Webhooks;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit;

namespace PlanBot.Integration.Tests.Ingress;

/// <summary>The ingress over real Kestrel (<c>planbot serve</c>) and Azurite, with the poller off so the queue can be counted.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class WebhookIngressTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly byte[] PullRequestOpened = WebhookExamples.Get("pull_request", "opened");
    private ServeTestHost host = null!;

    public async Task InitializeAsync() =>
        host = await ServeTestHost.StartAsync(
            azurite.ConnectionString,
            poller: false,
            settings: new Dictionary<string, string> { ["PlanBot:WebhookMaxPayloadBytes"] = "65536" });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_signed_delivery_is_accepted_and_queued_once_with_its_routing_fields()
    {
        var delivery = WebhookRequests.NewDeliveryId();

        var response = await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, PullRequestOpened));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(new IngressReceipt(delivery), await response.Content.ReadFromJsonAsync<IngressReceipt>());
        var message = Assert.Single((await host.Queue.PeekMessagesAsync(32)).Value);
        using var envelope = JsonDocument.Parse(message.MessageText);
        Assert.Equal(delivery, envelope.RootElement.GetProperty("deliveryId").GetString());
        Assert.Equal("opened", envelope.RootElement.GetProperty("action").GetString());
        Assert.Equal("Codertocat/Hello-World", envelope.RootElement.GetProperty("repository").GetString());
        Assert.True(envelope.RootElement.GetProperty("installationId").GetInt64() > 0);
    }

    /// <summary>The ingress makes one storage write per request and so cannot know the id; the processor drops the copy.</summary>
    [Fact]
    public async Task A_delivery_sent_twice_is_accepted_and_queued_twice()
    {
        var delivery = WebhookRequests.NewDeliveryId();

        var first = await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, PullRequestOpened));
        var second = await host.Client.SendAsync(WebhookRequests.Signed("pull_request", delivery, PullRequestOpened));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(2, await host.QueuedCountAsync());
    }

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("sha256=0000000000000000000000000000000000000000000000000000000000000000", "does not match")]
    [InlineData("sha1=0123", "does not match")]
    [InlineData("sha256=zz", "does not match")]
    public async Task A_missing_or_wrong_signature_is_401_with_a_reason(string? signature, string reason)
    {
        var response = await host.Client.SendAsync(WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), PullRequestOpened, signature));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, reason);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_401()
    {
        var request = WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), PullRequestOpened);
        var tampered = (byte[])PullRequestOpened.Clone();
        tampered[^2] = (byte)' ';
        request.Content = new ByteArrayContent(tampered) { Headers = { ContentType = request.Content!.Headers.ContentType } };

        await AssertRefusedAsync(await host.Client.SendAsync(request), HttpStatusCode.Unauthorized, "does not match");
    }

    [Fact]
    public async Task A_missing_event_header_is_400()
    {
        var request = WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), PullRequestOpened, includeEvent: false);

        await AssertRefusedAsync(await host.Client.SendAsync(request), HttpStatusCode.BadRequest, WebhookHeaders.Event);
    }

    [Theory]
    [InlineData("planbot.publish")]
    [InlineData("Pull_Request")]
    [InlineData("issues-edited")]
    public async Task An_event_name_github_never_sends_is_400_so_no_delivery_passes_for_a_planbot_job(string eventName)
    {
        var request = WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), PullRequestOpened, includeEvent: false);
        request.Headers.TryAddWithoutValidation(WebhookHeaders.Event, eventName);

        await AssertRefusedAsync(await host.Client.SendAsync(request), HttpStatusCode.BadRequest, "not a GitHub event name");
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(true, "../../etc")]
    public async Task A_missing_or_unsafe_delivery_header_is_400(bool include, string deliveryId)
    {
        var request = WebhookRequests.Signed("pull_request", deliveryId, PullRequestOpened, includeDelivery: include);

        await AssertRefusedAsync(await host.Client.SendAsync(request), HttpStatusCode.BadRequest, WebhookHeaders.Delivery);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    public async Task A_content_type_other_than_json_is_400(string contentType)
    {
        var request = WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), PullRequestOpened, contentType: contentType);

        await AssertRefusedAsync(await host.Client.SendAsync(request), HttpStatusCode.BadRequest, "application/json");
    }

    [Fact]
    public async Task A_charset_on_the_json_content_type_is_fine()
    {
        var request = WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), PullRequestOpened, contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_a_json_object_is_400()
    {
        var request = WebhookRequests.Signed("ping", WebhookRequests.NewDeliveryId(), Encoding.UTF8.GetBytes("[1,2"));

        await AssertRefusedAsync(await host.Client.SendAsync(request), HttpStatusCode.BadRequest, "JSON object");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_nothing_is_queued()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { action = "opened", padding = new string('x', 70_000) });

        var response = await host.Client.SendAsync(WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), body));

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "65536");
        Assert.Equal(0, await host.QueuedCountAsync());
    }

    [Fact]
    public async Task A_body_over_the_limit_without_a_content_length_is_413()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { action = "opened", padding = new string('x', 70_000) });
        var request = WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), body);
        request.Content = new StreamContent(new MemoryStream(body)) { Headers = { ContentType = request.Content!.Headers.ContentType } };
        request.Headers.TransferEncodingChunked = true;

        await AssertRefusedAsync(await host.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, "65536");
    }

    [Fact]
    public async Task A_host_without_a_webhook_secret_refuses_to_start()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ServeTestHost.StartAsync(azurite.ConnectionString, settings: new Dictionary<string, string> { ["PlanBot:WebhookSecret"] = string.Empty }));

        Assert.Contains("PlanBot__WebhookSecret", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_whose_webhook_secret_is_an_unresolved_key_vault_reference_refuses_to_start()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ServeTestHost.StartAsync(azurite.ConnectionString, settings: new Dictionary<string, string>
            {
                ["PlanBot:WebhookSecret"] = "@Microsoft.KeyVault(SecretUri=https://kv-planbot.vault.azure.net/secrets/github-webhook-secret)",
            }));

        Assert.Contains("Key Vault reference that did not resolve", failure.Message, StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
