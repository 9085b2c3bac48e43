using System.Globalization;
using PlanBot.Core.Ports;

namespace PlanBot.Core.Publishing;

/// <summary>
/// Checkpoints in memory, with the same ETag rules as the table store: for <c>planbot sync</c>, where a run lasts as
/// long as the process, and for tests.
/// </summary>
public sealed class InMemoryCheckpointStore : IRunCheckpointStore
{
    private readonly Lock sync = new();
    private readonly Dictionary<string, StoredRunCheckpoint> rows = new(StringComparer.OrdinalIgnoreCase);
    private long version;

    public Task<StoredRunCheckpoint?> GetAsync(RepositoryRef repository, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            return Task.FromResult(rows.GetValueOrDefault(repository.ToString()));
        }
    }

    public Task<string> SaveAsync(RunCheckpoint checkpoint, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            var key = checkpoint.Repository.ToString();
            Check(key, expectedETag);
            var etag = (++version).ToString(CultureInfo.InvariantCulture);
            rows[key] = new StoredRunCheckpoint(checkpoint, etag);
            return Task.FromResult(etag);
        }
    }

    public Task DeleteAsync(RepositoryRef repository, string expectedETag, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            var key = repository.ToString();
            if (rows.ContainsKey(key))
            {
                Check(key, expectedETag);
                rows.Remove(key);
            }

            return Task.CompletedTask;
        }
    }

    private void Check(string key, string? expectedETag)
    {
        var current = rows.GetValueOrDefault(key)?.ETag;
        if (!string.Equals(current, expectedETag, StringComparison.Ordinal))
        {
            throw new ConcurrencyConflictException($"The run checkpoint of {key} changed since it was read.");
        }
    }
}
