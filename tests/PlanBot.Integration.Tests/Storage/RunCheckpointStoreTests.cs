using PlanBot.Core;
using PlanBot.Core.Ports;
using PlanBot.Core.Tracking;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;

namespace PlanBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class RunCheckpointStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2027, 1, 6, 9, 0, 0, TimeSpan.Zero);

    private readonly TableRunCheckpointStore store = new(StorageTestContext.Resources(azurite.ConnectionString));

    [Fact]
    public async Task A_checkpoint_reads_back_equal_and_each_save_needs_the_last_etag()
    {
        var checkpoint = Checkpoint(StorageTestContext.NewInstallationId());

        var first = await store.SaveAsync(checkpoint, null, CancellationToken.None);
        var advanced = checkpoint with { Done = new[] { "0/create-label:planbot", "1/create-issue:week:1" }, Created = new[] { new CreatedObject(TrackingKey.Week(1), 7, 9007) } };
        var second = await store.SaveAsync(advanced, first, CancellationToken.None);

        Assert.Equal(new StoredRunCheckpoint(advanced, second), await store.GetAsync(checkpoint.Repository, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(checkpoint, first, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(checkpoint, null, CancellationToken.None));
    }

    [Fact]
    public async Task Deleting_needs_the_current_etag_and_leaves_no_checkpoint_and_a_second_delete_is_no_error()
    {
        var checkpoint = Checkpoint(StorageTestContext.NewInstallationId());
        var first = await store.SaveAsync(checkpoint, null, CancellationToken.None);
        var second = await store.SaveAsync(checkpoint with { InFlight = "0/comment:tracker:x" }, first, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.DeleteAsync(checkpoint.Repository, first, CancellationToken.None));
        await store.DeleteAsync(checkpoint.Repository, second, CancellationToken.None);

        Assert.Null(await store.GetAsync(checkpoint.Repository, CancellationToken.None));
        await store.DeleteAsync(checkpoint.Repository, second, CancellationToken.None);
    }

    [Fact]
    public async Task Repositories_differing_only_in_case_share_one_checkpoint()
    {
        var installation = StorageTestContext.NewInstallationId();
        await store.SaveAsync(Checkpoint(installation), null, CancellationToken.None);

        var other = await store.GetAsync(new RepositoryRef(installation, "CODERTOCAT", "hello-world"), CancellationToken.None);

        Assert.NotNull(other);
    }

    private static RunCheckpoint Checkpoint(long installation) => new(
        new RepositoryRef(installation, "Codertocat", "Hello-World"), "publish:abc", "worker-1", At.AddMinutes(5), ValueList<string>.Empty, null, ValueList<CreatedObject>.Empty);
}
