using Microsoft.Extensions.Options;

namespace PlanBot.GitHub.Tracking;

public sealed class TrackingJobOptionsValidator : IValidateOptions<TrackingJobOptions>
{
    public ValidateOptionsResult Validate(string? name, TrackingJobOptions options)
    {
        var failures = new List<string>();
        foreach (var (setting, value) in new[] { ("QuietPeriod", options.QuietPeriod), ("MaxBurst", options.MaxBurst), ("Lease", options.Lease), ("RunBudget", options.RunBudget), ("Precedence", options.Precedence) })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"PlanBot:Tracking:{setting} must be positive.");
            }
        }

        if (options.RunBudget >= options.Lease)
        {
            failures.Add("PlanBot:Tracking:RunBudget must be shorter than PlanBot:Tracking:Lease, or a run could lose its repository while it works.");
        }

        if (options.MaxBurst < options.QuietPeriod)
        {
            failures.Add("PlanBot:Tracking:MaxBurst must be at least PlanBot:Tracking:QuietPeriod.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
