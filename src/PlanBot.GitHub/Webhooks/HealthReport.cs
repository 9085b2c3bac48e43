namespace PlanBot.GitHub.Webhooks;

public sealed record HealthReport(string Status, string Storage, string Configuration);
