using System.Text.Json;
using PlanBot.Core.Ports;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;

namespace PlanBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class JobQueueTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_delayed_job_stays_invisible_until_its_delay_has_passed()
    {
        var resources = StorageTestContext.Resources(azurite.ConnectionString);
        IJobQueue queue = new StorageWebhookQueue(resources);
        var job = new WebhookEvent("job-1", "planbot.track", null, 7, "Codertocat/Hello-World", JsonDocument.Parse("{\"event\":\"d-1\"}").RootElement.Clone());

        await queue.EnqueueAsync(job, TimeSpan.FromSeconds(2), CancellationToken.None);
        var early = (await resources.Queue.ReceiveMessagesAsync(32)).Value;
        await Task.Delay(TimeSpan.FromSeconds(3));
        var later = (await resources.Queue.ReceiveMessagesAsync(32)).Value;

        Assert.Empty(early);
        var opened = await new StorageWebhookQueue(resources).OpenAsync(Assert.Single(later).MessageText, CancellationToken.None);
        Assert.Equal(("job-1", "planbot.track", "d-1"), (opened.DeliveryId, opened.Event, opened.Payload.GetProperty("event").GetString()));
    }

    [Fact]
    public async Task A_delay_the_queue_cannot_keep_is_refused()
    {
        IJobQueue queue = new StorageWebhookQueue(StorageTestContext.Resources(azurite.ConnectionString));
        var job = new WebhookEvent("job-2", "planbot.daily", null, 7, "Codertocat/Hello-World", JsonDocument.Parse("{}").RootElement.Clone());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.EnqueueAsync(job, TimeSpan.FromDays(8), CancellationToken.None));
    }
}
