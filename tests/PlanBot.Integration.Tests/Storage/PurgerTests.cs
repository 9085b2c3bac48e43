using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;
using Xunit;

namespace PlanBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class PurgerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Removing_a_repository_then_the_installation_forgets_sessions_and_decisions()
    {
        var resources = StorageTestContext.Resources(azurite.ConnectionString);
        var sessions = new TableSessionStore(resources);
        var decisions = new TableDecisionLog(resources);
        var purger = new PlanningSessionPurger(sessions, decisions, new TablePublicationStore(resources));
        var installation = StorageTestContext.NewInstallationId();
        var removed = StorageTestContext.Key(installation, "removed");
        var remaining = StorageTestContext.Key(installation, "remaining");
        foreach (var key in new[] { removed, remaining })
        {
            await sessions.SaveAsync(PlanningSession.Start(key, SessionSamples.At), null, CancellationToken.None);
            await decisions.AppendAsync(new DecisionRecord(key, DecisionKind.Answer, "team.size", "4", "octocat", SessionSamples.At), CancellationToken.None);
        }

        Assert.Equal(new PlanningSessionPurgeResult(1, 1, 0), await purger.PurgeRepositoryAsync(installation, "Codertocat", "removed", CancellationToken.None));
        Assert.Null(await sessions.GetAsync(removed, CancellationToken.None));
        Assert.NotNull(await sessions.GetAsync(remaining, CancellationToken.None));

        Assert.Equal(new PlanningSessionPurgeResult(1, 1, 0), await purger.PurgeInstallationAsync(installation, CancellationToken.None));
        Assert.Null(await sessions.GetAsync(remaining, CancellationToken.None));
        Assert.Empty(await decisions.ReadAsync(remaining, CancellationToken.None));
    }
}
