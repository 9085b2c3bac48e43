using PlanBot.Core.Ports;

namespace PlanBot.Core.Tests.Conversation.Fakes;

public sealed class InMemoryDecisionLog : IDecisionLog
{
    private readonly List<DecisionRecord> records = [];

    public IReadOnlyList<DecisionRecord> Records => records;

    public Task AppendAsync(DecisionRecord record, CancellationToken cancellationToken)
    {
        lock (records)
        {
            records.Add(record);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DecisionRecord>> ReadAsync(SessionKey key, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DecisionRecord>>(records.Where(r => r.Key == key).ToList());

    public Task<int> PurgeInstallationAsync(long installationId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<int> PurgeRepositoryAsync(long installationId, string owner, string repo, CancellationToken cancellationToken) => throw new NotSupportedException();
}
