using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>
/// One row per delivery id with its expiry. The insert is the claim: of two concurrent deliveries with the same id
/// exactly one insert succeeds; an expired row is taken over with an ETag-guarded replace.
/// </summary>
public sealed class TableDeliveryLedger(StorageResources resources, IOptions<StorageOptions> options, TimeProvider clock) : IDeliveryLedger
{
    private const string Row = "delivery";
    private const string ExpiresAt = "ExpiresAt";

    public async Task<bool> TryClaimAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var entity = new TableEntity(deliveryId, Row) { [ExpiresAt] = now + options.Value.DeliveryRetention };
        try
        {
            await resources.Deliveries.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await TryTakeOverExpiredAsync(entity, now, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ReleaseAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await resources.Deliveries.DeleteEntityAsync(deliveryId, Row, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"ExpiresAt le {clock.GetUtcNow()}");
        var deleted = 0;
        await foreach (var row in resources.Deliveries.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            try
            {
                // The ETag guard skips a row that was claimed again since it was read.
                await resources.Deliveries.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken).ConfigureAwait(false);
                deleted++;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Gone or renewed meanwhile: either way it is not an expired row any more.
            }
        }

        return deleted;
    }

    private async Task<bool> TryTakeOverExpiredAsync(TableEntity claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await resources.Deliveries.GetEntityIfExistsAsync<TableEntity>(claim.PartitionKey, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!existing.HasValue || existing.Value is not { } row)
        {
            return false;
        }

        if (row.GetDateTimeOffset(ExpiresAt) is { } expiresAt && expiresAt > now)
        {
            return false;
        }

        try
        {
            await resources.Deliveries.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }
}
