namespace PlanBot.GitHub.Http;

/// <summary>
/// Retries and waits. <see cref="MaxWait"/> bounds any single wait for a GitHub limit: a longer one (an hourly quota
/// spent, a long <c>retry-after</c>) throws <see cref="GitHubRateLimitedException"/> with the time to resume instead of
/// holding a queue invocation for it.
/// </summary>
public sealed record GitHubRetryPolicy(
    int MaxAttempts,
    TimeSpan FirstRetryDelay,
    TimeSpan MaxRetryDelay,
    TimeSpan AttemptTimeout,
    int MaxRateLimitRetries,
    TimeSpan DefaultRateLimitWait,
    TimeSpan MaxWait)
{
    /// <summary>
    /// 4 attempts 1 s, 2 s, 4 s apart; 30 s per attempt (GitHub itself gives up on a request after 10 s); 3 waits for
    /// a rate limit, 60 s when GitHub names no time (its guidance), none longer than 2 minutes.
    /// </summary>
    public static GitHubRetryPolicy Default { get; } = new(
        MaxAttempts: 4,
        FirstRetryDelay: TimeSpan.FromSeconds(1),
        MaxRetryDelay: TimeSpan.FromSeconds(30),
        AttemptTimeout: TimeSpan.FromSeconds(30),
        MaxRateLimitRetries: 3,
        DefaultRateLimitWait: TimeSpan.FromSeconds(60),
        MaxWait: TimeSpan.FromMinutes(2));

    /// <summary>Exponential backoff after failed attempt <paramref name="attempt"/> (1-based), capped.</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 30));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
