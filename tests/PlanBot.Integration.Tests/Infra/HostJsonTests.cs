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

    /// <summary>
    /// An idle queue trigger backs off to <c>maxPollingInterval</c>, one minute when it is not set: a person who answers
    /// a question would wait up to a minute for the scoping comment. docs/operations.md says why 2 seconds.
    /// </summary>
    [Fact]
    public void An_idle_queue_is_polled_every_two_seconds_at_most()
    {
        var queues = HostJson.GetProperty("extensions").GetProperty("queues");

        Assert.True(queues.TryGetProperty("maxPollingInterval", out var interval), "host.json sets no maxPollingInterval: an idle app would read the webhook queue once a minute.");
        Assert.Equal(TimeSpan.FromSeconds(2), TimeSpan.Parse(interval.GetString()!, System.Globalization.CultureInfo.InvariantCulture));
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
