using System.Text.Json;
using PlanBot.GitHub.Webhooks;
using Xunit;

namespace PlanBot.Integration.Tests.Infra;

/// <summary>host.json agrees with what PlanBot assumes of the Functions host it runs in.</summary>
public sealed class HostJsonTests
{
    private static readonly JsonElement HostJson = Load();

    [Fact]
    public void The_queue_trigger_poisons_after_as_many_tries_as_the_processor_expects_and_reads_base64()
    {
        var queues = HostJson.GetProperty("extensions").GetProperty("queues");

        Assert.Equal(new WebhookQueueOptions().MaxDequeueCount, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
    }

    [Fact]
    public void The_host_emits_opentelemetry_like_the_worker()
    {
        Assert.Equal("OpenTelemetry", HostJson.GetProperty("telemetryMode").GetString());
        Assert.False(HostJson.GetProperty("logging").TryGetProperty("applicationInsights", out _), "applicationInsights settings are ignored in OpenTelemetry mode.");
    }

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(InfraLayout.RepositoryRoot, "host.json")));
        return document.RootElement.Clone();
    }
}
