using System.Diagnostics;
using System.Text.Json;
using PlanBot.Core.Ports;
using PlanBot.Core.Telemetry;

namespace PlanBot.GitHub.Webhooks;

/// <summary>
/// What identifies a delivery in logs and spans: its id, event, installation, repository and pull request. The ingress
/// and the processor both take them from here, so a log line and a span of the same delivery carry the same values.
/// </summary>
internal static class WebhookDiagnostics
{
    /// <summary>The values for <c>ILogger.BeginScope</c>; every log line written inside carries them.</summary>
    public static Dictionary<string, object?> Scope(WebhookEvent webhookEvent) =>
        Tags(webhookEvent).ToDictionary(tag => tag.Key, tag => tag.Value, StringComparer.Ordinal);

    /// <summary>Puts the same values on a span (the HTTP request's, or the delivery's own).</summary>
    public static void Tag(Activity? activity, WebhookEvent webhookEvent)
    {
        if (activity is null)
        {
            return;
        }

        foreach (var (key, value) in Tags(webhookEvent))
        {
            activity.SetTag(key, value);
        }
    }

    /// <summary>The span of one delivery's processing; null when nothing listens.</summary>
    public static Activity? StartProcessing(WebhookEvent webhookEvent)
    {
        var activity = PlanBotTelemetry.ActivitySource.StartActivity(
            webhookEvent.Action is null ? $"process {webhookEvent.Event}" : $"process {webhookEvent.Event}.{webhookEvent.Action}",
            ActivityKind.Consumer);
        Tag(activity, webhookEvent);
        return activity;
    }

    /// <summary><c>pull_request.number</c>, or <c>issue.number</c> when the issue is a pull request (PR comments).</summary>
    public static long? PullRequestNumber(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (payload.TryGetProperty("pull_request", out var pr) && pr.ValueKind == JsonValueKind.Object
            && pr.TryGetProperty("number", out var prNumber) && prNumber.ValueKind == JsonValueKind.Number && prNumber.TryGetInt64(out var number))
        {
            return number;
        }

        return payload.TryGetProperty("issue", out var issue) && issue.ValueKind == JsonValueKind.Object
            && issue.TryGetProperty("pull_request", out _)
            && issue.TryGetProperty("number", out var issueNumber) && issueNumber.ValueKind == JsonValueKind.Number && issueNumber.TryGetInt64(out var n)
            ? n
            : null;
    }

    private static IEnumerable<KeyValuePair<string, object?>> Tags(WebhookEvent webhookEvent) =>
    [
        new(PlanBotTags.DeliveryId, webhookEvent.DeliveryId),
        new(PlanBotTags.Event, webhookEvent.Event),
        new(PlanBotTags.Action, webhookEvent.Action),
        new(PlanBotTags.InstallationId, webhookEvent.InstallationId),
        new(PlanBotTags.Repository, webhookEvent.Repository),
        new(PlanBotTags.PullRequest, PullRequestNumber(webhookEvent.Payload)),
    ];
}
