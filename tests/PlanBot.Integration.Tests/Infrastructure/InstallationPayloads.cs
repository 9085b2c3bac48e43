using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>
/// GitHub's example <c>installation</c> / <c>installation_repositories</c> payloads, sent to an installation id of the
/// test's own so tests sharing Azurite never purge each other's rows.
/// </summary>
internal static class InstallationPayloads
{
    public static byte[] For(string eventName, string action, long installationId)
    {
        var payload = JsonNode.Parse(WebhookExamples.Get(eventName, action))!.AsObject();
        payload["installation"]!["id"] = installationId;
        return JsonSerializer.SerializeToUtf8Bytes(payload);
    }

    /// <summary>The <c>owner/name</c> of every repository the example lists under <paramref name="property"/>.</summary>
    public static IReadOnlyList<string> Repositories(string eventName, string action, string property)
    {
        using var example = JsonDocument.Parse(WebhookExamples.Get(eventName, action));
        return [.. example.RootElement.GetProperty(property).EnumerateArray().Select(repository => repository.GetProperty("full_name").GetString()!)];
    }
}
