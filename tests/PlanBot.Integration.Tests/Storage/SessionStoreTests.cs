using System.Text.Json;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping.Answers;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;
using Xunit;

namespace PlanBot.Integration.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class SessionStoreTests(AzuriteFixture azurite)
{
    private readonly TableSessionStore store = new(StorageTestContext.Resources(azurite.ConnectionString));

    [Fact]
    public async Task Created_session_reads_back_equal_with_its_etag()
    {
        var session = SessionSamples.Full(StorageTestContext.Key(StorageTestContext.NewInstallationId()));

        var etag = await store.SaveAsync(session, null, CancellationToken.None);
        var stored = await store.GetAsync(session.Key, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(etag, stored.ETag);
        Assert.Equal(session, stored.Session);
    }

    [Fact]
    public async Task Missing_session_is_null()
    {
        Assert.Null(await store.GetAsync(StorageTestContext.Key(StorageTestContext.NewInstallationId()), CancellationToken.None));
    }

    [Fact]
    public async Task Save_with_current_etag_replaces_and_returns_a_new_etag()
    {
        var session = SessionSamples.Full(StorageTestContext.Key(StorageTestContext.NewInstallationId()));
        var first = await store.SaveAsync(session, null, CancellationToken.None);

        var changed = session with { State = PlanningSessionState.PlanCommitted, HandEditedPlanSha = null };
        var second = await store.SaveAsync(changed, first, CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(changed, (await store.GetAsync(session.Key, CancellationToken.None))!.Session);
    }

    [Fact]
    public async Task Creating_twice_conflicts()
    {
        var session = SessionSamples.Full(StorageTestContext.Key(StorageTestContext.NewInstallationId()));
        await store.SaveAsync(session, null, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(session, null, CancellationToken.None));
    }

    [Fact]
    public async Task Two_concurrent_saves_with_the_same_etag_one_conflicts()
    {
        var session = SessionSamples.Full(StorageTestContext.Key(StorageTestContext.NewInstallationId()));
        var etag = await store.SaveAsync(session, null, CancellationToken.None);

        var results = await Task.WhenAll(
            Attempt(session with { PostedStatus = "1" }, etag),
            Attempt(session with { PostedStatus = "2" }, etag));

        Assert.Single(results, r => r);
        Assert.Single(results, r => !r);

        async Task<bool> Attempt(PlanningSession s, string expected)
        {
            try
            {
                await store.SaveAsync(s, expected, CancellationToken.None);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }
    }

    [Fact]
    public async Task Concurrent_replies_through_the_updater_both_count()
    {
        var key = StorageTestContext.Key(StorageTestContext.NewInstallationId());
        await store.SaveAsync(PlanningSession.Start(key, SessionSamples.At), null, CancellationToken.None);
        var replies = Enumerable.Range(1, 6)
            .Select(i => SessionSamples.Answer($"q{i}", new NumberValue(i), author: $"user{i}"))
            .ToArray();

        await Task.WhenAll(replies.Select(answer => Task.Run(() => PlanningSessionUpdater.UpdateAsync(
            store,
            key,
            current => current! with { Answers = current.Answers.With(answer) },
            CancellationToken.None))));

        var stored = await store.GetAsync(key, CancellationToken.None);
        Assert.Equal(replies.Select(a => a.QuestionId).Order(StringComparer.Ordinal), stored!.Session.Answers.Answers.Select(a => a.QuestionId));
    }

    [Fact]
    public async Task Updater_creates_the_session_when_there_is_none()
    {
        var key = StorageTestContext.Key(StorageTestContext.NewInstallationId());

        var result = await PlanningSessionUpdater.UpdateAsync(store, key, current => current ?? PlanningSession.Start(key, SessionSamples.At), CancellationToken.None);

        Assert.Equal(result.Session, (await store.GetAsync(key, CancellationToken.None))!.Session);
    }

    [Fact]
    public async Task A_session_larger_than_one_table_property_round_trips()
    {
        var key = StorageTestContext.Key(StorageTestContext.NewInstallationId());
        var bigAnswer = SessionSamples.Answer("risk.top", new TextValue(new string('é', 100_000)));
        var session = SessionSamples.Full(key) with { Answers = AnswerSet.Empty.With(bigAnswer) };

        await store.SaveAsync(session, null, CancellationToken.None);

        Assert.Equal(session, (await store.GetAsync(key, CancellationToken.None))!.Session);
    }

    [Fact]
    public void Session_json_names_answer_types_so_they_deserialise_polymorphically()
    {
        var session = SessionSamples.Full(StorageTestContext.Key(1));

        var json = JsonSerializer.Serialize(session);

        Assert.Contains("\"type\":\"team\"", json, StringComparison.Ordinal);
        Assert.Equal(session, JsonSerializer.Deserialize<PlanningSession>(json));
    }

    [Fact]
    public async Task Purging_a_repository_leaves_the_installations_other_repositories()
    {
        var installation = StorageTestContext.NewInstallationId();
        var gone = StorageTestContext.Key(installation, "gone", 1);
        var goneToo = StorageTestContext.Key(installation, "gone", 2);
        var prefixSibling = StorageTestContext.Key(installation, "gone-but-not-this", 1);
        var kept = StorageTestContext.Key(installation, "kept", 1);
        foreach (var key in new[] { gone, goneToo, prefixSibling, kept })
        {
            await store.SaveAsync(PlanningSession.Start(key, SessionSamples.At), null, CancellationToken.None);
        }

        var purged = await store.PurgeRepositoryAsync(installation, "CODERTOCAT", "Gone", CancellationToken.None);

        Assert.Equal(2, purged);
        Assert.Null(await store.GetAsync(gone, CancellationToken.None));
        Assert.Null(await store.GetAsync(goneToo, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(prefixSibling, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(kept, CancellationToken.None));
    }

    [Fact]
    public async Task Purging_an_installation_leaves_other_installations()
    {
        var installation = StorageTestContext.NewInstallationId();
        var other = StorageTestContext.Key(StorageTestContext.NewInstallationId());
        for (var pr = 1; pr <= 120; pr++)
        {
            await store.SaveAsync(PlanningSession.Start(StorageTestContext.Key(installation, "r", pr), SessionSamples.At), null, CancellationToken.None);
        }

        await store.SaveAsync(PlanningSession.Start(other, SessionSamples.At), null, CancellationToken.None);

        Assert.Equal(120, await store.PurgeInstallationAsync(installation, CancellationToken.None));
        Assert.Null(await store.GetAsync(StorageTestContext.Key(installation, "r", 1), CancellationToken.None));
        Assert.NotNull(await store.GetAsync(other, CancellationToken.None));
    }
}
