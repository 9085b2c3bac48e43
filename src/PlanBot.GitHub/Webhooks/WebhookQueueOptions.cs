namespace PlanBot.GitHub.Webhooks;

/// <summary>
/// <c>PlanBot:Queue</c>. In Azure Functions <see cref="MaxDequeueCount"/> must equal host.json's
/// <c>extensions.queues.maxDequeueCount</c>; <c>planbot serve</c> uses all of these itself.
/// </summary>
public sealed class WebhookQueueOptions
{
    public const string SectionName = "PlanBot:Queue";

    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a message being processed stays invisible; also the wait before a failed one is retried.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 8;
}
