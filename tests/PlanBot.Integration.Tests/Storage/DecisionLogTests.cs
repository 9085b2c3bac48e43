using PlanBot.Core.Ports;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;
using Xunit;

namespace PlanBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class DecisionLogTests(AzuriteFixture azurite)
{
    private readonly TableDecisionLog log = new(StorageTestContext.Resources(azurite.ConnectionString));

    [Fact]
    public async Task Records_read_back_in_time_order_for_their_session_only()
    {
        var installation = StorageTestContext.NewInstallationId();
        var key = StorageTestContext.Key(installation, pullRequest: 5);
        var otherPr = StorageTestContext.Key(installation, pullRequest: 50);
        var at = SessionSamples.At;
        DecisionRecord[] records =
        [
            new(key, DecisionKind.Generation, "plan", "sha 1234", "planbot[bot]", at.AddMinutes(2)),
            new(key, DecisionKind.Answer, "team.size", "4", "octocat", at),
            new(key, DecisionKind.Assumption, "team.hours", "30 h/week per person (default)", "planbot[bot]", at.AddMinutes(1)),
        ];
        foreach (var record in records)
        {
            await log.AppendAsync(record, CancellationToken.None);
        }

        await log.AppendAsync(new DecisionRecord(otherPr, DecisionKind.Answer, "team.size", "9", "hubot", at), CancellationToken.None);

        var read = await log.ReadAsync(key, CancellationToken.None);

        Assert.Equal(records.OrderBy(r => r.At), read);
    }

    [Fact]
    public async Task Purge_removes_a_repository_or_a_whole_installation()
    {
        var installation = StorageTestContext.NewInstallationId();
        var a = StorageTestContext.Key(installation, "a");
        var b = StorageTestContext.Key(installation, "b");
        foreach (var key in new[] { a, a, b })
        {
            await log.AppendAsync(new DecisionRecord(key, DecisionKind.Answer, "x", "y", "octocat", SessionSamples.At), CancellationToken.None);
        }

        Assert.Equal(2, await log.PurgeRepositoryAsync(installation, "codertocat", "a", CancellationToken.None));
        Assert.Empty(await log.ReadAsync(a, CancellationToken.None));
        Assert.Single(await log.ReadAsync(b, CancellationToken.None));

        Assert.Equal(1, await log.PurgeInstallationAsync(installation, CancellationToken.None));
        Assert.Empty(await log.ReadAsync(b, CancellationToken.None));
    }
}
