using Microsoft.Extensions.Options;

namespace PlanBot.GitHub.Webhooks;

public sealed class WebhookQueueOptionsValidator : IValidateOptions<WebhookQueueOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookQueueOptions options)
    {
        var failures = new List<string>();
        if (options.MaxDequeueCount < 1)
        {
            failures.Add("PlanBot:Queue:MaxDequeueCount must be at least 1.");
        }

        if (options.VisibilityTimeout <= TimeSpan.Zero)
        {
            failures.Add("PlanBot:Queue:VisibilityTimeout must be positive.");
        }

        if (options.PollInterval <= TimeSpan.Zero)
        {
            failures.Add("PlanBot:Queue:PollInterval must be positive.");
        }

        if (options.BatchSize is < 1 or > 32)
        {
            failures.Add("PlanBot:Queue:BatchSize must be between 1 and 32 (the queue service's limit).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
