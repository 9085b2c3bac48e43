using Microsoft.Extensions.Time.Testing;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;
using Xunit;

namespace PlanBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class DeliveryLedgerTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(6);
    private readonly FakeTimeProvider clock = new(SessionSamples.At);

    private TableDeliveryLedger Ledger()
    {
        var options = StorageTestContext.Options(azurite.ConnectionString, Retention);
        return new TableDeliveryLedger(new StorageResources(options), options, clock);
    }

    [Fact]
    public async Task A_delivery_is_claimed_once()
    {
        var ledger = Ledger();
        var id = WebhookRequests.NewDeliveryId();

        Assert.True(await ledger.TryClaimAsync(id, CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(id, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync(WebhookRequests.NewDeliveryId(), CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_claims_of_one_delivery_let_exactly_one_through()
    {
        var ledger = Ledger();
        var id = WebhookRequests.NewDeliveryId();

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ledger.TryClaimAsync(id, CancellationToken.None))));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task A_delivery_can_be_claimed_again_after_the_retention_window_only()
    {
        var ledger = Ledger();
        var id = WebhookRequests.NewDeliveryId();
        await ledger.TryClaimAsync(id, CancellationToken.None);

        clock.Advance(Retention - TimeSpan.FromSeconds(1));
        Assert.False(await ledger.TryClaimAsync(id, CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await ledger.TryClaimAsync(id, CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task Purging_removes_expired_ids_only()
    {
        var ledger = Ledger();
        string[] old = [WebhookRequests.NewDeliveryId(), WebhookRequests.NewDeliveryId()];
        foreach (var id in old)
        {
            await ledger.TryClaimAsync(id, CancellationToken.None);
        }

        clock.Advance(Retention + TimeSpan.FromMinutes(1));
        var recent = WebhookRequests.NewDeliveryId();
        await ledger.TryClaimAsync(recent, CancellationToken.None);

        Assert.Equal(2, await ledger.PurgeExpiredAsync(CancellationToken.None));
        Assert.Equal(0, await ledger.PurgeExpiredAsync(CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(recent, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync(old[0], CancellationToken.None));
    }

    [Fact]
    public async Task A_released_delivery_can_be_claimed_again()
    {
        var ledger = Ledger();
        var id = WebhookRequests.NewDeliveryId();
        await ledger.TryClaimAsync(id, CancellationToken.None);

        await ledger.ReleaseAsync(id, CancellationToken.None);

        Assert.True(await ledger.TryClaimAsync(id, CancellationToken.None));
    }
}
