using System.Net;
using System.Net.Http.Json;
using PlanBot.GitHub.Webhooks;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit;

namespace PlanBot.Integration.Tests.Ingress;

[Collection(AzuriteCollection.Name)]
public sealed class HealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Health_is_200_when_storage_answers_and_configuration_is_complete()
    {
        await using var host = await ServeTestHost.StartAsync(azurite.ConnectionString);

        var response = await host.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", (await response.Content.ReadFromJsonAsync<HealthReport>())!.Status);
    }

    [Fact]
    public async Task Health_is_503_when_storage_is_unreachable()
    {
        var closedPort = AzuriteFixture.FreePort();
        var unreachable = AzuriteFixture.ConnectionStringFor(closedPort, closedPort, closedPort);
        await using var host = await ServeTestHost.StartAsync(unreachable, poller: false);

        var response = await host.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", (await response.Content.ReadFromJsonAsync<HealthReport>())!.Status);
    }

    [Fact]
    public async Task Without_github_credentials_the_host_does_not_start_and_says_what_to_set()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => ServeTestHost.StartAsync(
            azurite.ConnectionString, poller: false, settings: new Dictionary<string, string> { ["PlanBot:GitHub:Token"] = string.Empty }));

        Assert.Contains("PlanBot:GitHub:AppId", failure.ToString(), StringComparison.Ordinal);
    }
}
