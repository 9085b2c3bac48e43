namespace PlanBot.Core.Telemetry;

/// <summary>The few outcomes a GitHub request is counted under, so an alert can watch errors without listing status codes.</summary>
public static class GitHubRequestOutcome
{
    public const string Success = "success";

    public const string NotModified = "not_modified";

    public const string RateLimited = "rate_limited";

    public const string ClientError = "client_error";

    public const string ServerError = "server_error";

    public const string Failure = "failure";

    /// <param name="statusCode">Null when no response arrived.</param>
    public static string Classify(int? statusCode, bool rateLimited) => (statusCode, rateLimited) switch
    {
        (_, true) => RateLimited,
        (null, _) => Failure,
        (304, _) => NotModified,
        ( >= 200 and < 300, _) => Success,
        ( >= 400 and < 500, _) => ClientError,
        ( >= 500 and < 600, _) => ServerError,
        _ => Failure,
    };
}
