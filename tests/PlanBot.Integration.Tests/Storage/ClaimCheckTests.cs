using System.Text;
using System.Text.Json;
using PlanBot.Core.Ports;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;
using Xunit;

namespace PlanBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class ClaimCheckTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_one_megabyte_payload_goes_through_a_blob_and_comes_back_whole()
    {
        var resources = StorageTestContext.Resources(azurite.ConnectionString);
        var queue = new StorageWebhookQueue(resources);
        var payload = Payload(new string('x', 1024 * 1024));
        var sent = new WebhookEvent(WebhookRequests.NewDeliveryId(), "pull_request", "opened", 7, "Codertocat/Hello-World", payload);

        await queue.EnqueueAsync(sent, CancellationToken.None);
        var message = Assert.Single((await resources.Queue.ReceiveMessagesAsync(32)).Value);
        var received = await queue.OpenAsync(message.MessageText, CancellationToken.None);

        Assert.True(message.MessageText.Length < StorageWebhookQueue.MaxInlineMessageBytes);
        Assert.True(await resources.Payloads.GetBlobClient(sent.DeliveryId + ".json").ExistsAsync());
        AssertSameEvent(sent, received);
    }

    [Fact]
    public async Task A_small_payload_travels_inline()
    {
        var resources = StorageTestContext.Resources(azurite.ConnectionString);
        var queue = new StorageWebhookQueue(resources);
        var sent = new WebhookEvent(WebhookRequests.NewDeliveryId(), "issues", "edited", null, null, Payload("ünïcødé <b> & \"quotes\""));

        await queue.EnqueueAsync(sent, CancellationToken.None);
        var message = Assert.Single((await resources.Queue.ReceiveMessagesAsync(32)).Value);
        var received = await queue.OpenAsync(message.MessageText, CancellationToken.None);

        Assert.False(await resources.Payloads.GetBlobClient(sent.DeliveryId + ".json").ExistsAsync());
        AssertSameEvent(sent, received);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{\"deliveryId\":\"d\",\"event\":\"push\"}")]
    public async Task A_foreign_message_is_reported_as_invalid_data(string message)
    {
        var queue = new StorageWebhookQueue(StorageTestContext.Resources(azurite.ConnectionString));

        await Assert.ThrowsAsync<InvalidDataException>(() => queue.OpenAsync(message, CancellationToken.None));
    }

    private static JsonElement Payload(string text) =>
        JsonDocument.Parse(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { action = "opened", body = text }))).RootElement.Clone();

    private static void AssertSameEvent(WebhookEvent sent, WebhookEvent received)
    {
        Assert.Equal(sent with { Payload = default }, received with { Payload = default });
        Assert.True(JsonElement.DeepEquals(sent.Payload, received.Payload));
    }
}
