namespace PlanBot.Core.Ports;

/// <summary>Append-only history of answers, assumptions and generations per session.</summary>
public interface IDecisionLog
{
    Task AppendAsync(DecisionRecord record, CancellationToken cancellationToken);

    /// <summary>The session's records, oldest first.</summary>
    Task<IReadOnlyList<DecisionRecord>> ReadAsync(SessionKey key, CancellationToken cancellationToken);

    Task<int> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken);

    Task<int> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken);
}
