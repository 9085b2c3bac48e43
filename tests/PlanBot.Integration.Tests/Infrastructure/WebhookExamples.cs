using System.Text.Json;

namespace PlanBot.Integration.Tests.Infrastructure;

/// <summary>Real payloads from <c>@octokit/webhooks-examples</c> (GitHub's published examples).</summary>
internal static class WebhookExamples
{
    private static readonly Lazy<JsonDocument> Index = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.NodeModules(), "@octokit", "webhooks-examples", "api.github.com", "index.json"))));

    /// <summary>The first example of <paramref name="eventName"/>.<paramref name="action"/> sent to an app installation.</summary>
    public static byte[] Get(string eventName, string action)
    {
        foreach (var webhook in Index.Value.RootElement.EnumerateArray())
        {
            if (webhook.GetProperty("name").GetString() != eventName)
            {
                continue;
            }

            foreach (var example in webhook.GetProperty("examples").EnumerateArray())
            {
                if (example.TryGetProperty("action", out var a) && a.GetString() == action && example.TryGetProperty("installation", out _))
                {
                    return JsonSerializer.SerializeToUtf8Bytes(example);
                }
            }
        }

        throw new KeyNotFoundException($"No {eventName}.{action} example with an installation in @octokit/webhooks-examples.");
    }
}
