using System.Globalization;
using Azure.Data.Tables;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>Row key <c>owner:repo:pr:ticks:id</c>: a session's records read back in time order with one range query.</summary>
public sealed class TableDecisionLog(StorageResources resources) : IDecisionLog
{
    public async Task AppendAsync(DecisionRecord record, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rowKey = string.Create(
            CultureInfo.InvariantCulture,
            $"{TableKeys.Session(record.Key)}:{record.At.UtcTicks:D19}:{Guid.NewGuid():N}");
        var entity = new TableEntity(TableKeys.Partition(record.Key.InstallationId), rowKey)
        {
            ["Owner"] = record.Key.Owner,
            ["Repo"] = record.Key.Repo,
            ["PullRequest"] = record.Key.PullRequest,
            ["Kind"] = record.Kind.ToString(),
            ["Subject"] = record.Subject,
            ["Value"] = record.Value,
            ["Actor"] = record.Actor,
            ["At"] = record.At,
        };
        await resources.Decisions.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DecisionRecord>> ReadAsync(SessionKey key, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableKeys.PrefixFilter(key.InstallationId, TableKeys.Session(key) + ":");
        var records = new List<DecisionRecord>();
        await foreach (var row in resources.Decisions.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            records.Add(new DecisionRecord(
                key,
                Enum.Parse<DecisionKind>(row.GetString("Kind")),
                row.GetString("Subject") ?? string.Empty,
                row.GetString("Value") ?? string.Empty,
                row.GetString("Actor") ?? string.Empty,
                row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue));
        }

        return records;
    }

    public async Task<int> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await TablePurge.DeleteAsync(resources.Decisions, TableKeys.PartitionFilter(installationId), cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken)
    {
        await resources.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableKeys.PrefixFilter(installationId, TableKeys.RepositoryPrefix(owner, repo));
        return await TablePurge.DeleteAsync(resources.Decisions, filter, cancellationToken).ConfigureAwait(false);
    }
}
