namespace PlanBot.GitHub.Webhooks;

/// <summary>Bound from the <c>PlanBot</c> section (environment <c>PlanBot__WebhookSecret</c>, …).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "PlanBot";

    /// <summary>GitHub's cap on a webhook payload.</summary>
    public const long DefaultMaxPayloadBytes = 25L * 1024 * 1024;

    /// <summary>The secret set on the GitHub App's webhook; deliveries are refused unless signed with it.</summary>
    public string? WebhookSecret { get; set; }

    public long WebhookMaxPayloadBytes { get; set; } = DefaultMaxPayloadBytes;
}
