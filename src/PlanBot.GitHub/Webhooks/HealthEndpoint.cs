using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Webhooks;

/// <summary><c>GET /api/health</c>: 200 when storage answers and the configuration is complete, 503 otherwise.</summary>
public sealed class HealthEndpoint(
    IStorageProbe storage,
    IOptionsMonitor<WebhookOptions> webhookOptions)
{
    /// <summary>A health check that hangs is no answer; past this the storage counts as unreachable.</summary>
    public static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(5);

    public async Task<IResult> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StorageTimeout);
        var storageResult = await storage.ProbeAsync(timeout.Token).ConfigureAwait(false);
        var configurationProblem = ConfigurationProblem();
        var healthy = storageResult.Healthy && configurationProblem is null;
        var report = new HealthReport(healthy ? "healthy" : "unhealthy", storageResult.Detail, configurationProblem ?? "complete");
        return TypedResults.Json(report, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    // GitHub credentials need no check here: without them the host does not start (GitHubOptionsValidator runs on start).
    private string? ConfigurationProblem() =>
        string.IsNullOrWhiteSpace(webhookOptions.CurrentValue.WebhookSecret) ? "PlanBot:WebhookSecret is not set" : null;
}
