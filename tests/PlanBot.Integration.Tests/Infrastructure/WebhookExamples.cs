using System.Text.Json;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>Real payloads from <c>@octokit/webhooks-examples</c> (GitHub's published examples).</summary>
internal static class WebhookExamples
{
    private static readonly Lazy<JsonDocument> Index = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.NodeModules(), "@octokit", "webhooks-examples", "api.github.com", "index.json"))));

    /// <summary>
    /// An example of <paramref name="eventName"/>.<paramref name="action"/>, preferring one sent to an app installation
    /// (the package has none for some events, such as <c>issues.edited</c>).
    /// </summary>
    public static byte[] Get(string eventName, string action)
    {
        var examples = Index.Value.RootElement.EnumerateArray()
            .Where(webhook => webhook.GetProperty("name").GetString() == eventName)
            .SelectMany(webhook => webhook.GetProperty("examples").EnumerateArray())
            .Where(example => example.TryGetProperty("action", out var a) && a.GetString() == action)
            .OrderBy(example => example.TryGetProperty("installation", out _) ? 0 : 1)
            .ToList();
        return examples.Count > 0
            ? JsonSerializer.SerializeToUtf8Bytes(examples[0])
            : throw new KeyNotFoundException($"No {eventName}.{action} example in @octokit/webhooks-examples.");
    }
}
