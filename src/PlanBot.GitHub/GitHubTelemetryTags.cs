namespace PlanBot.GitHub;

/// <summary>The metric tag values: snake_case, as OpenTelemetry names them.</summary>
public static class GitHubTelemetryTags
{
    public static string Tag(this GitHubOutcome outcome) => outcome switch
    {
        GitHubOutcome.Success => "success",
        GitHubOutcome.NotModified => "not_modified",
        GitHubOutcome.ClientError => "client_error",
        GitHubOutcome.RateLimited => "rate_limited",
        GitHubOutcome.ServerError => "server_error",
        GitHubOutcome.Timeout => "timeout",
        GitHubOutcome.ConnectionFailure => "connection_failure",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string Tag(this GitHubWaitReason reason) => reason switch
    {
        GitHubWaitReason.WritePacing => "write_pacing",
        GitHubWaitReason.SecondaryRateLimit => "secondary_rate_limit",
        GitHubWaitReason.PrimaryRateLimit => "primary_rate_limit",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
