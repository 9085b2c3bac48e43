using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>
/// One row per delivery id with the queue message that claimed it and its expiry. The insert is the claim: of two
/// messages with the same delivery id exactly one insert succeeds; the other reads the row to learn whether it is the
/// claimant retried. An expired row is taken over with an ETag-guarded replace.
/// </summary>
public sealed class TableDeliveryLedger(StorageResources resources, IOptions<StorageOptions> options, TimeProvider clock) : IDeliveryLedger
{
    private const string Row = "delivery";
    private const string ExpiresAt = "ExpiresAt";
    private const string Claimant = "Claimant";

    public async Task<bool> TryClaimAsync(string deliveryId, string claimant, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var claim = new TableEntity(deliveryId, Row) { [ExpiresAt] = now + options.Value.DeliveryRetention, [Claimant] = claimant };

        // Each pass either settles the claim or lost a race that changed the row (deleted, replaced), so it looks again.
        while (true)
        {
            try
            {
                await resources.Deliveries.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                if (await SettleConflictAsync(claim, claimant, now, cancellationToken).ConfigureAwait(false) is { } settled)
                {
                    return settled;
                }
            }
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

    /// <summary>The claim's outcome against the row already there, or null when that row changed and the claim must start over.</summary>
    private async Task<bool?> SettleConflictAsync(TableEntity claim, string claimant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await resources.Deliveries.GetEntityIfExistsAsync<TableEntity>(claim.PartitionKey, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!existing.HasValue || existing.Value is not { } row)
        {
            return null;
        }

        var holder = row.GetString(Claimant);
        if (holder == claimant)
        {
            return true;
        }

        // A row without a claimant was written by an ingress that claimed before queueing (PlanBot before the ledger
        // moved to the processor): the one message it queued is in flight, so the first message to come takes it.
        var expired = row.GetDateTimeOffset(ExpiresAt) is not { } expiresAt || expiresAt <= now;
        if (holder is not null && !expired)
        {
            return false;
        }

        try
        {
            await resources.Deliveries.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }
}
