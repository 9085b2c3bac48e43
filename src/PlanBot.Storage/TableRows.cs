using Azure;
using Azure.Data.Tables;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>ETag-guarded row writes: create when no ETag is given, otherwise replace only the version that was read.</summary>
internal static class TableRows
{
    /// <summary>Returns the new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">The row was created or changed by someone else; <paramref name="what"/> names it.</exception>
    public static async Task<string> WriteAsync(TableClient table, TableEntity entity, string? expectedETag, string what, CancellationToken cancellationToken)
    {
        try
        {
            var response = expectedETag is null
                ? await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)
                : await table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString()
                ?? throw new InvalidOperationException("Table storage answered a write without an ETag.");
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            throw new ConcurrencyConflictException(
                expectedETag is null ? $"{what} was created concurrently." : $"{what} changed since it was read.",
                e);
        }
    }

    /// <summary>Deletes the row if it is still the version read; a row already gone is no error.</summary>
    /// <exception cref="ConcurrencyConflictException">The row changed since it was read.</exception>
    public static async Task DeleteAsync(TableClient table, string partitionKey, string rowKey, string expectedETag, string what, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, new ETag(expectedETag), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new ConcurrencyConflictException($"{what} changed since it was read.", e);
        }
    }

    /// <summary>The row, or null when there is none.</summary>
    public static async Task<TableEntity?> GetAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value : null;
    }
}
