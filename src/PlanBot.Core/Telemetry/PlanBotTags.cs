namespace PlanBot.Core.Telemetry;

/// <summary>
/// Names of log scope values, span tags and metric tags. Logs and spans use the same names, so one query
/// (<c>customDimensions.DeliveryId == "…"</c>) finds a delivery in both.
/// </summary>
public static class PlanBotTags
{
    public const string DeliveryId = "DeliveryId";

    public const string Event = "Event";

    public const string Action = "Action";

    public const string InstallationId = "InstallationId";

    public const string Repository = "Repository";

    public const string PullRequest = "PullRequest";

    public const string HttpMethod = "http.request.method";

    public const string Outcome = "outcome";

    public const string Reason = "reason";

    public const string Trigger = "trigger";
}
