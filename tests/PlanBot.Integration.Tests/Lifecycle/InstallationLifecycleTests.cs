using System.Net;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core.Conversation;
using PlanBot.Core.Ports;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Core.Tracking;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Integration.Tests.Storage;
using PlanBot.Storage;
using Xunit;

namespace PlanBot.Integration.Tests.Lifecycle;

/// <summary>
/// Uninstalling the App, or removing repositories from it, through the whole <c>planbot serve</c> pipeline with GitHub's
/// example payloads: afterwards no row of that installation or repository is left in any table, other installations
/// and repositories keep theirs, and a redelivery changes nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InstallationLifecycleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Uninstalling_purges_every_session_and_decision_of_the_installation_and_only_of_it()
    {
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString);
        var uninstalled = StorageTestContext.NewInstallationId();
        var other = StorageTestContext.NewInstallationId();
        await SeedAsync(host, uninstalled, "octocat/Hello-World", "octocat/Spoon-Knife");
        await SeedAsync(host, other, "octocat/Hello-World");
        var body = InstallationPayloads.For("installation", "deleted", uninstalled);
        var delivery = WebhookRequests.NewDeliveryId();

        await DeliverAndWaitAsync(host, "installation", delivery, body);

        Assert.Empty(await RowsAsync(host, uninstalled));
        Assert.Equal(3, (await RowsAsync(host, other)).Count);
        var purged = Assert.Single(host.Logs.Entries, e => e.EventId.Id == 4001);
        Assert.Equal((uninstalled, 2, 2, 2), ((long)purged.Values["InstallationId"]!, (int)purged.Values["Sessions"]!, (int)purged.Values["Decisions"]!, (int)purged.Values["Tracking"]!));

        await AssertRedeliveryIsHarmlessAsync(host, "installation", delivery, body, other, expectedRows: 3);
    }

    [Fact]
    public async Task Removing_a_repository_purges_it_and_keeps_the_other_repositories_and_installations()
    {
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString);
        var removed = Assert.Single(InstallationPayloads.Repositories("installation_repositories", "removed", "repositories_removed"));
        var installation = StorageTestContext.NewInstallationId();
        var other = StorageTestContext.NewInstallationId();
        await SeedAsync(host, installation, removed, "octocat/Spoon-Knife");
        await SeedAsync(host, other, removed);
        var body = InstallationPayloads.For("installation_repositories", "removed", installation);
        var delivery = WebhookRequests.NewDeliveryId();

        await DeliverAndWaitAsync(host, "installation_repositories", delivery, body);

        var left = await RowsAsync(host, installation);
        Assert.Equal(3, left.Count);
        Assert.All(left, row => Assert.StartsWith("octocat:spoon-knife:", row.RowKey, StringComparison.Ordinal));
        Assert.Equal(3, (await RowsAsync(host, other)).Count);
        Assert.Equal(removed, Assert.Single(host.Logs.Entries, e => e.EventId.Id == 4002).Values["Repository"]);

        await AssertRedeliveryIsHarmlessAsync(host, "installation_repositories", delivery, body, installation, expectedRows: 3);
    }

    [Fact]
    public async Task A_removal_payload_without_its_repository_list_fails_and_purges_nothing()
    {
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString);
        var installation = StorageTestContext.NewInstallationId();
        await SeedAsync(host, installation, "octocat/Hello-World");
        var body = System.Text.Encoding.UTF8.GetBytes($$$"""{"action":"removed","installation":{"id":{{{installation}}}}}""");

        await host.Client.SendAsync(WebhookRequests.Signed("installation_repositories", WebhookRequests.NewDeliveryId(), body));
        await Wait.UntilAsync(async () => (await host.PoisonQueue.ExistsAsync()).Value && (await host.PoisonQueue.PeekMessagesAsync(32)).Value.Length > 0);

        Assert.Equal(3, (await RowsAsync(host, installation)).Count);
        Assert.Contains("repositories_removed", Assert.Single(host.Logs.Entries, e => e.EventId.Id == 1104).Exception!.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// GitHub redelivers with the same delivery id: the processor drops it as a duplicate. A redelivery after the
    /// ledger forgot the id (retention passed) runs the handler again, so that must be harmless as well.
    /// </summary>
    private static async Task AssertRedeliveryIsHarmlessAsync(
        ServeTestHost host, string eventName, string delivery, byte[] body, long untouchedInstallation, int expectedRows)
    {
        var again = await host.Client.SendAsync(WebhookRequests.Signed(eventName, delivery, body));
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await Wait.UntilAsync(() => host.Logs.Entries.Any(e => e.EventId.Id == 1003 && Equals(e.Values["DeliveryId"], delivery)));

        await host.Services.GetRequiredService<IDeliveryLedger>().ReleaseAsync(delivery, CancellationToken.None);
        var queue = host.Services.GetRequiredService<IWebhookQueue>();
        using var payload = System.Text.Json.JsonDocument.Parse(body);
        var installation = payload.RootElement.GetProperty("installation").GetProperty("id").GetInt64();
        await queue.EnqueueAsync(new WebhookEvent(delivery, eventName, payload.RootElement.GetProperty("action").GetString(), installation, null, payload.RootElement.Clone()), CancellationToken.None);
        await Wait.UntilAsync(() => host.Logs.Entries.Count(e => e.EventId.Id == 1102 && Equals(e.Values["DeliveryId"], delivery)) == 2);

        Assert.Equal(expectedRows, (await RowsAsync(host, untouchedInstallation)).Count);
        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId.Id is 1103 or 1104);
    }

    private static async Task DeliverAndWaitAsync(ServeTestHost host, string eventName, string delivery, byte[] body)
    {
        var response = await host.Client.SendAsync(WebhookRequests.Signed(eventName, delivery, body));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Wait.UntilAsync(() => host.Logs.Entries.Any(e => e.EventId.Id == 1102 && Equals(e.Values["DeliveryId"], delivery)));
    }

    /// <summary>For each repository: a session for PR 1, one decision record and a published plan.</summary>
    private static async Task SeedAsync(ServeTestHost host, long installation, params string[] repositories)
    {
        var sessions = host.Services.GetRequiredService<ISessionStore>();
        var decisions = host.Services.GetRequiredService<IDecisionLog>();
        var publications = host.Services.GetRequiredService<IPublicationStore>();
        foreach (var repository in repositories)
        {
            var (owner, repo) = (repository.Split('/')[0], repository.Split('/')[1]);
            var key = new SessionKey(installation, owner, repo, 1);
            await sessions.SaveAsync(PlanningSession.Start(key, SessionSamples.At), null, CancellationToken.None);
            await decisions.AppendAsync(new DecisionRecord(key, DecisionKind.Answer, "team.size", "4", "octocat", SessionSamples.At), CancellationToken.None);
            var published = new RepositoryRef(installation, owner, repo);
            await publications.SaveAsync(
                new Publication(published, "hash", SamplePlans.FourPhases(), new TrackingOptions(published.FullName), new[] { 1, 2 }, SessionSamples.At, DateOnly.FromDateTime(SessionSamples.At.UtcDateTime)),
                null,
                CancellationToken.None);
        }
    }

    /// <summary>Every row PlanBot keeps under the installation, in every table that is keyed by installation.</summary>
    private static async Task<List<TableEntity>> RowsAsync(ServeTestHost host, long installation)
    {
        var storage = host.Services.GetRequiredService<StorageResources>();
        var rows = new List<TableEntity>();
        foreach (var table in new[] { storage.Sessions, storage.Decisions, storage.Publications, storage.Runs })
        {
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {installation.ToString(System.Globalization.CultureInfo.InvariantCulture)}")))
            {
                rows.Add(row);
            }
        }

        return rows;
    }
}
