using Azure.Data.Tables;

namespace PlanBot.Storage;

/// <summary>Deletes every row matching a filter within one partition, in transactions of at most 100.</summary>
internal static class TablePurge
{
    private const int MaxBatch = 100;

    public static async Task<int> DeleteAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var batch = new List<TableTransactionAction>(MaxBatch);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, row));
            if (batch.Count == MaxBatch)
            {
                deleted += await SubmitAsync(table, batch, cancellationToken).ConfigureAwait(false);
            }
        }

        return deleted + await SubmitAsync(table, batch, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> SubmitAsync(TableClient table, List<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
