namespace PlanBot.Storage;

/// <summary>
/// Configuration section <c>PlanBot:Storage</c> (environment <c>PlanBot__Storage__…</c>). Either a connection string,
/// or an account name reached with <c>DefaultAzureCredential</c> (managed identity in Azure).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "PlanBot:Storage";

    public const string DefaultQueueName = "planbot-webhooks";

    public string? ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>When set, wins over <see cref="ConnectionString"/>: the account is reached with Entra ID.</summary>
    public string? AccountName { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The Functions queue trigger listens on the default name; change it only for <c>planbot serve</c>.</summary>
    public string QueueName { get; set; } = DefaultQueueName;

    public string PayloadContainer { get; set; } = "planbot-payloads";

    public string SessionsTable { get; set; } = "PlanBotSessions";

    public string DecisionsTable { get; set; } = "PlanBotDecisions";

    public string DeliveriesTable { get; set; } = "PlanBotDeliveries";

    /// <summary>Published repositories with the plan as published.</summary>
    public string PublicationsTable { get; set; } = "PlanBotPublications";

    /// <summary>Per repository: the checkpoint (and lease) of the running publish or tracking run, and the pending burst of issue events.</summary>
    public string RunsTable { get; set; } = "PlanBotRuns";

    /// <summary>How long a delivery id is remembered for de-duplication.</summary>
    public TimeSpan DeliveryRetention { get; set; } = TimeSpan.FromDays(3);

    public string PoisonQueueName => QueueName + "-poison";
}
