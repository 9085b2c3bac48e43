using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace PlanBot.GitHub.Telemetry;

/// <summary>
/// Where PlanBot's spans, metrics and logs go, read from the settings the Functions host itself reads, so the worker
/// and the host export alike: <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (+ <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>
/// for Entra ID) wins; else <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; else nothing is exported.
/// </summary>
public sealed record TelemetryExport(TelemetryDestination Destination, string? ConnectionString, bool UseEntraId, string? ManagedIdentityClientId)
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static TelemetryExport From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[ConnectionStringSetting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            var authentication = Pairs(configuration[AuthenticationStringSetting]);
            var entra = authentication.TryGetValue("Authorization", out var kind) && kind.Equals("AAD", StringComparison.OrdinalIgnoreCase);
            return new TelemetryExport(
                TelemetryDestination.AzureMonitor,
                connectionString,
                entra,
                entra && authentication.TryGetValue("ClientId", out var clientId) && clientId.Length > 0 ? clientId : null);
        }

        return string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting])
            ? new TelemetryExport(TelemetryDestination.None, null, false, null)
            : new TelemetryExport(TelemetryDestination.Otlp, null, false, null);
    }

    /// <summary>
    /// Application Insights with local authentication off takes only Entra ID tokens: those of the user-assigned
    /// identity named by the authentication string, else of the system identity. Null: the connection string's key suffices.
    /// </summary>
    public TokenCredential? Credential() =>
        !UseEntraId ? null
        : ManagedIdentityClientId is { } clientId ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
        : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);

    /// <summary><c>Key=Value;Key=Value</c>, keys case-insensitive, as Application Insights writes its settings.</summary>
    private static Dictionary<string, string> Pairs(string? text) =>
        (text ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2 && pair[0].Length > 0)
            .GroupBy(pair => pair[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Last()[1], StringComparer.OrdinalIgnoreCase);
}
