using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Webhooks;

/// <summary><c>GET /api/health</c>: 200 when storage answers and the configuration is complete, 503 otherwise.</summary>
public sealed class HealthEndpoint(
    IStorageProbe storage,
    IOptionsMonitor<WebhookOptions> webhookOptions,
    IConfiguration configuration)
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

    private string? ConfigurationProblem()
    {
        if (string.IsNullOrWhiteSpace(webhookOptions.CurrentValue.WebhookSecret))
        {
            return "PlanBot:WebhookSecret is not set";
        }

        var github = configuration.GetSection("PlanBot:GitHub");
        var hasToken = !string.IsNullOrWhiteSpace(github["Token"]);
        var hasApp = !string.IsNullOrWhiteSpace(github["AppId"]) && !string.IsNullOrWhiteSpace(github["PrivateKey"]);
        return hasToken || hasApp ? null : "set PlanBot:GitHub:AppId and PlanBot:GitHub:PrivateKey, or PlanBot:GitHub:Token";
    }
}
