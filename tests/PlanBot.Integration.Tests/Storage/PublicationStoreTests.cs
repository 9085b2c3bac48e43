using PlanBot.Core;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Tracking;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;

namespace PlanBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class PublicationStoreTests(AzuriteFixture azurite)
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    private readonly StorageResources resources = StorageTestContext.Resources(azurite.ConnectionString);

    [Fact]
    public async Task A_publication_with_a_large_plan_reads_back_equal()
    {
        var store = new TablePublicationStore(resources);
        var publication = Publication(new RepositoryRef(StorageTestContext.NewInstallationId(), "Codertocat", "Hello-World"), weeks: 60);

        var etag = await store.SaveAsync(publication, null, CancellationToken.None);

        Assert.Equal(new StoredPublication(publication, etag), await store.GetAsync(publication.Repository, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(publication, null, CancellationToken.None));
    }

    [Fact]
    public async Task The_list_names_every_published_repository_and_purging_forgets_them_with_their_runs()
    {
        var store = new TablePublicationStore(resources);
        var checkpoints = new TableRunCheckpointStore(resources);
        var installation = StorageTestContext.NewInstallationId();
        var kept = new RepositoryRef(installation, "Codertocat", "Kept");
        var removed = new RepositoryRef(installation, "Codertocat", "Removed");
        foreach (var repository in new[] { kept, removed })
        {
            await store.SaveAsync(Publication(repository, weeks: 2), null, CancellationToken.None);
            await checkpoints.SaveAsync(new RunCheckpoint(repository, "run", "worker", DateTimeOffset.UnixEpoch, ValueList<string>.Empty, null, ValueList<CreatedObject>.Empty), null, CancellationToken.None);
        }

        var listed = await store.ListRepositoriesAsync(CancellationToken.None).Where(repository => repository.InstallationId == installation).ToListAsync();
        var purged = await store.PurgeRepositoryAsync(installation, "codertocat", "removed", CancellationToken.None);

        Assert.Equal([kept, removed], listed.OrderBy(repository => repository.Name, StringComparer.Ordinal));
        Assert.Equal(2, purged);
        Assert.Null(await store.GetAsync(removed, CancellationToken.None));
        Assert.Null(await checkpoints.GetAsync(removed, CancellationToken.None));
        Assert.NotNull(await checkpoints.GetAsync(kept, CancellationToken.None));
        Assert.Equal(2, await store.PurgeInstallationAsync(installation, CancellationToken.None));
    }

    [Fact]
    public async Task A_burst_reads_back_equal_and_saves_need_the_last_etag()
    {
        var store = new TableTrackingBurstStore(resources);
        var burst = new TrackingBurst(new RepositoryRef(StorageTestContext.NewInstallationId(), "Codertocat", "Hello-World"), DateTimeOffset.UnixEpoch, "delivery-1", null);

        var first = await store.SaveAsync(burst, null, CancellationToken.None);
        var claimed = burst with { PendingSince = null, ClaimedBy = "delivery-1" };
        var second = await store.SaveAsync(claimed, first, CancellationToken.None);

        Assert.Equal(new StoredTrackingBurst(claimed, second), await store.GetAsync(burst.Repository, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(burst, first, CancellationToken.None));
    }

    private static Publication Publication(RepositoryRef repository, int weeks)
    {
        var plannedWeeks = Enumerable.Range(1, weeks).Select(number => new PlanWeek(
            number,
            $"Week {number} — ünïcødé <b>",
            Monday.AddDays(7 * (number - 1)),
            Monday.AddDays((7 * (number - 1)) + 4),
            new[] { new string('t', 400) },
            new[] { new Checkbox("Merged", number % 2 == 0) },
            new[] { new DemoScenario("Demo", "curl -X POST http://localhost:8080/v1/x") },
            new[] { new Checkbox($"FR-{number:000} accepted", false), new Checkbox("P99 < 50ms", true) },
            new[] { $"FR-{number:000}" })).ToValueList();
        var plan = new PlanDocument("Payments", new[] { new PlanPhase(1, "Foundation", "Goal", Monday, plannedWeeks[^1].Due, plannedWeeks, new[] { new Checkbox("Demo accepted", false) }) });
        return new Publication(repository, "abc123", plan, new TrackingOptions(repository.FullName), new[] { 1, 2, 3 }, new DateTimeOffset(2027, 1, 6, 9, 0, 0, TimeSpan.Zero), new DateOnly(2027, 1, 6));
    }
}
