namespace PlanBot.GitHub.Http;

/// <summary>
/// How fast one installation may create content (POST, PATCH, PUT, DELETE). GitHub's documented secondary limits are
/// 80 content-creating requests a minute and 500 an hour, and it asks for about a second between writes.
/// </summary>
public sealed record GitHubWriteLimits(TimeSpan MinimumInterval, int PerMinute, int PerHour)
{
    public static GitHubWriteLimits GitHub { get; } = new(TimeSpan.FromSeconds(1), 80, 500);
}
