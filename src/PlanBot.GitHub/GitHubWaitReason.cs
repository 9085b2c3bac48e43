namespace PlanBot.GitHub;

/// <summary>Why a request waited before being sent.</summary>
public enum GitHubWaitReason
{
    /// <summary>Writes of one installation are spaced (one a second, 80 a minute, 500 an hour).</summary>
    WritePacing,

    /// <summary>GitHub answered 403/429 with <c>retry-after</c> or a secondary-rate-limit message.</summary>
    SecondaryRateLimit,

    /// <summary><c>x-ratelimit-remaining: 0</c>: the hourly quota is spent until <c>x-ratelimit-reset</c>.</summary>
    PrimaryRateLimit,
}
