namespace PlanBot.GitHub.Webhooks;

public static class WebhookHeaders
{
    public const string Event = "X-GitHub-Event";

    public const string Delivery = "X-GitHub-Delivery";
}
