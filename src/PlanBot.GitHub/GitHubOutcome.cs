namespace PlanBot.GitHub;

/// <summary>How one HTTP attempt to GitHub ended.</summary>
public enum GitHubOutcome
{
    Success,
    NotModified,
    ClientError,
    RateLimited,
    ServerError,
    Timeout,
    ConnectionFailure,
}
