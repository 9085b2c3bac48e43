using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;
using Xunit;

namespace PlanBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class DeliveryLedgerTests(AzuriteFixture azurite)
{
    private const string Message = "message-1";
    private const string OtherMessage = "message-2";
    private static readonly TimeSpan Retention = TimeSpan.FromHours(6);
    private readonly FakeTimeProvider clock = new(SessionSamples.At);

    private StorageResources Resources() => StorageTestContext.Resources(azurite.ConnectionString, Retention);

    private TableDeliveryLedger Ledger(StorageResources? resources = null) =>
        new(resources ?? Resources(), StorageTestContext.Options(azurite.ConnectionString, Retention), clock);

    [Fact]
    public async Task A_delivery_is_claimed_by_one_message_which_keeps_it_on_retries()
    {
        var ledger = Ledger();
        var id = WebhookRequests.NewDeliveryId();

        Assert.True(await ledger.TryClaimAsync(id, Message, CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(id, OtherMessage, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync(id, Message, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync(WebhookRequests.NewDeliveryId(), OtherMessage, CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_claims_of_one_delivery_by_different_messages_let_exactly_one_through()
    {
        var ledger = Ledger();
        var id = WebhookRequests.NewDeliveryId();

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => ledger.TryClaimAsync(id, $"message-{i}", CancellationToken.None))));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task A_delivery_can_be_claimed_by_another_message_after_the_retention_window_only()
    {
        var ledger = Ledger();
        var id = WebhookRequests.NewDeliveryId();
        await ledger.TryClaimAsync(id, Message, CancellationToken.None);

        clock.Advance(Retention - TimeSpan.FromSeconds(1));
        Assert.False(await ledger.TryClaimAsync(id, OtherMessage, CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await ledger.TryClaimAsync(id, OtherMessage, CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(id, Message, CancellationToken.None));
    }

    [Fact]
    public async Task Purging_removes_expired_ids_only()
    {
        var ledger = Ledger();
        string[] old = [WebhookRequests.NewDeliveryId(), WebhookRequests.NewDeliveryId()];
        foreach (var id in old)
        {
            await ledger.TryClaimAsync(id, Message, CancellationToken.None);
        }

        clock.Advance(Retention + TimeSpan.FromMinutes(1));
        var recent = WebhookRequests.NewDeliveryId();
        await ledger.TryClaimAsync(recent, Message, CancellationToken.None);

        Assert.Equal(2, await ledger.PurgeExpiredAsync(CancellationToken.None));
        Assert.Equal(0, await ledger.PurgeExpiredAsync(CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(recent, OtherMessage, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync(old[0], OtherMessage, CancellationToken.None));
    }

    [Fact]
    public async Task A_released_delivery_can_be_claimed_by_another_message()
    {
        var ledger = Ledger();
        var id = WebhookRequests.NewDeliveryId();
        await ledger.TryClaimAsync(id, Message, CancellationToken.None);

        await ledger.ReleaseAsync(id, CancellationToken.None);

        Assert.True(await ledger.TryClaimAsync(id, OtherMessage, CancellationToken.None));
    }

    [Fact]
    public async Task A_row_an_earlier_ingress_wrote_without_a_claimant_goes_to_the_first_message_that_comes()
    {
        var resources = Resources();
        var ledger = Ledger(resources);
        var id = WebhookRequests.NewDeliveryId();
        await resources.EnsureCreatedAsync(CancellationToken.None);
        await resources.Deliveries.AddEntityAsync(new TableEntity(id, "delivery") { ["ExpiresAt"] = clock.GetUtcNow() + Retention });

        Assert.True(await ledger.TryClaimAsync(id, Message, CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(id, OtherMessage, CancellationToken.None));
    }
}
