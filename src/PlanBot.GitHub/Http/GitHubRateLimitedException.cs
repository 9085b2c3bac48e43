namespace PlanBot.GitHub.Http;

/// <summary>
/// GitHub asked PlanBot to slow down for longer than it waits within one call, or kept refusing after the waits.
/// <see cref="ResumeAt"/> is the earliest time worth trying again.
/// </summary>
public sealed class GitHubRateLimitedException : Exception
{
    public GitHubRateLimitedException()
    {
    }

    public GitHubRateLimitedException(string message)
        : base(message)
    {
    }

    public GitHubRateLimitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GitHubRateLimitedException(string message, DateTimeOffset resumeAt)
        : base(message) => ResumeAt = resumeAt;

    public DateTimeOffset ResumeAt { get; }
}
