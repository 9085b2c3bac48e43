using System.Globalization;
using PlanBot.Core.Ports;

namespace PlanBot.Storage;

/// <summary>
/// Partition = installation; row keys start with <c>owner:repo:</c> (lower case, as GitHub names are
/// case-insensitive), so an installation or a repository is purged with one range query.
/// </summary>
internal static class TableKeys
{
    public static string Partition(long installationId) => installationId.ToString(CultureInfo.InvariantCulture);

    public static string RepositoryPrefix(string owner, string repo) =>
        $"{owner.ToLowerInvariant()}:{repo.ToLowerInvariant()}:";

    public static string Session(SessionKey key) =>
        RepositoryPrefix(key.Owner, key.Repo) + key.PullRequest.ToString("D10", CultureInfo.InvariantCulture);

    /// <summary>Every row key that starts with <paramref name="prefix"/>: ':' + 1 is ';'.</summary>
    public static string PrefixFilter(long installationId, string prefix) =>
        Azure.Data.Tables.TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition(installationId)} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + ";"}");

    public static string PartitionFilter(long installationId) =>
        Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {Partition(installationId)}");
}
