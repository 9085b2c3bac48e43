using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.GitHub.Webhooks;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit;

namespace PlanBot.Integration.Tests.Telemetry;

/// <summary>
/// A journey of deliveries through <c>planbot serve</c> (ingress, queue, processor, handlers, retries, poison queue),
/// every log category recorded down to Trace: each PlanBot log line names its delivery, lines about a pull request also
/// name the repository and the PR, and no line anywhere holds the webhook secret, the GitHub token or the private key.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LogRedactionTests(AzuriteFixture azurite)
{
    private static readonly string Token = "ghs_" + Guid.NewGuid().ToString("N");
    private static readonly string PrivateKey = CreatePrivateKey();

    [Fact]
    public async Task Every_planbot_log_line_of_a_journey_names_its_delivery_and_no_line_holds_a_secret()
    {
        var recorder = new RecordingWebhookHandler();
        await using var host = await ServeTestHost.StartAsync(
            azurite.ConnectionString,
            configure: services => services
                .AddSingleton(recorder).AddWebhookHandler<RecordingWebhookHandler>("pull_request")
                .AddSingleton<ThrowingWebhookHandler>().AddWebhookHandler<ThrowingWebhookHandler>("issues"),
            settings: new Dictionary<string, string>
            {
                ["PlanBot:GitHub:Token"] = string.Empty,
                ["PlanBot:GitHub:AppId"] = "12345",
                ["PlanBot:GitHub:PrivateKey"] = PrivateKey,
                ["Logging:LogLevel:Default"] = "Trace",
            });
        var pullRequest = WebhookRequests.NewDeliveryId();
        var comment = WebhookRequests.NewDeliveryId();
        var failing = WebhookRequests.NewDeliveryId();
        var removal = WebhookRequests.NewDeliveryId();
        var forged = WebhookRequests.NewDeliveryId();
        var opened = WebhookExamples.Get("pull_request", "opened");

        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.SendAsync(WebhookRequests.Signed("pull_request", pullRequest, opened))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.SendAsync(WebhookRequests.Signed("pull_request", pullRequest, opened))).StatusCode);
        await host.Client.SendAsync(WebhookRequests.Signed("issue_comment", comment, WebhookExamples.Get("issue_comment", "created")));
        await host.Client.SendAsync(WebhookRequests.Signed("issues", failing, WebhookExamples.Get("issues", "edited")));
        await host.Client.SendAsync(WebhookRequests.Signed("installation_repositories", removal, InstallationPayloads.For("installation_repositories", "removed", Storage.StorageTestContext.NewInstallationId())));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(WebhookRequests.Signed("pull_request", forged, opened, signature: "sha256=" + new string('0', 64)))).StatusCode);
        await Wait.UntilAsync(() =>
            new[] { pullRequest, comment, removal }.All(id => host.Logs.Entries.Any(e => e.EventId.Id == 1102 && Equals(e.Values["DeliveryId"], id)))
            && host.Logs.Entries.Any(e => e.EventId.Id == 2001));

        var deliveries = new[] { pullRequest, comment, failing, removal, forged };
        var planBotLines = host.Logs.Entries.Where(e => e.Category.StartsWith("PlanBot.", StringComparison.Ordinal)).ToList();
        Assert.All(planBotLines, line => Assert.Contains(DeliveryOf(line), deliveries));
        Assert.All(new[] { pullRequest, comment, failing, removal }, id => Assert.Contains(planBotLines, line => Equals(DeliveryOf(line), id)));
        Assert.All(
            planBotLines.Where(line => Equals(DeliveryOf(line), pullRequest)),
            line => Assert.Equal(("Codertocat/Hello-World", (object)2L), (line.Scope["Repository"], line.Scope["PullRequest"]!)));
        Assert.Contains(planBotLines, line => line.EventId.Id == 4002 && Equals(line.Scope["DeliveryId"], removal));
        Assert.Contains(planBotLines, line => line.EventId.Id == 1001 && Equals(line.Scope["DeliveryId"], forged));

        var leaks = LogLeaks.Find(host.Logs.Entries, WebhookRequests.Secret, Token, PrivateKey);
        Assert.True(leaks.Count == 0, "Secrets in the log:\n" + string.Join('\n', leaks));
        Assert.True(host.Logs.Entries.Count > planBotLines.Count, "The journey recorded no framework log lines, so the secret check saw only PlanBot's.");
    }

    /// <summary>The delivery a line is about: its scope's, or the value it was logged with (the poison-queue line runs outside any scope).</summary>
    private static object? DeliveryOf(RecordedLog line) =>
        line.Scope.TryGetValue("DeliveryId", out var scoped) ? scoped : line.Values.GetValueOrDefault("DeliveryId");

    private static string CreatePrivateKey()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return rsa.ExportRSAPrivateKeyPem();
    }
}
