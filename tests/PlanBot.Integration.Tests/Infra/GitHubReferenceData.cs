using System.Text.Json;

namespace PlanBot.Integration.Tests.Infra;

/// <summary>
/// GitHub's published descriptions, from the npm packages the tests install: the REST API (@octokit/openapi) and
/// the webhook events (@octokit/webhooks-examples). Loaded once per test class; the REST description is 13 MB.
/// </summary>
public sealed class GitHubReferenceData : IDisposable
{
    private readonly JsonDocument restApi;

    public GitHubReferenceData()
    {
        restApi = JsonDocument.Parse(File.ReadAllBytes(RequiredFile("@octokit/openapi/generated/api.github.com.json")));
        using var webhooks = JsonDocument.Parse(File.ReadAllBytes(RequiredFile("@octokit/webhooks-examples/api.github.com/index.json")));
        WebhookEvents = webhooks.RootElement.EnumerateArray()
            .Select(webhookEvent => webhookEvent.GetProperty("name").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Names of every webhook event GitHub sends.</summary>
    public IReadOnlySet<string> WebhookEvents { get; }

    /// <summary>The REST operation for "METHOD /path", or null when GitHub has no such endpoint.</summary>
    public JsonElement? Operation(string endpoint)
    {
        var (method, path) = SplitEndpoint(endpoint);
        return restApi.RootElement.GetProperty("paths").TryGetProperty(path, out var operations)
            && operations.TryGetProperty(method.ToLowerInvariant(), out var operation)
                ? operation
                : null;
    }

    /// <summary>The access levels GitHub accepts for an App permission, or null when no App permission has that name.</summary>
    public IReadOnlySet<string>? AccessLevels(string permission) =>
        restApi.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("app-permissions")
            .GetProperty("properties").TryGetProperty(permission, out var schema)
            ? schema.GetProperty("enum").EnumerateArray().Select(level => level.GetString()!).ToHashSet(StringComparer.Ordinal)
            : null;

    public void Dispose() => restApi.Dispose();

    private static (string Method, string Path) SplitEndpoint(string endpoint)
    {
        var space = endpoint.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? (endpoint[..space], endpoint[(space + 1)..]) : (string.Empty, endpoint);
    }

    private static string RequiredFile(string relativePath)
    {
        var path = Path.Combine(InfraLayout.NodeModules, relativePath);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is missing: run `npm ci` at the repository root.", path);
    }
}
