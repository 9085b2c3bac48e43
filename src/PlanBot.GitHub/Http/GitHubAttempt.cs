using System.Net;
using System.Runtime.ExceptionServices;

namespace PlanBot.GitHub.Http;

/// <summary>
/// How one attempt ended: an answer (<see cref="Response"/>), or no answer (<see cref="Error"/> for a broken connection,
/// neither for a timeout). <see cref="NotSent"/>: the connection failed before the request could reach GitHub.
/// </summary>
public sealed record GitHubAttempt(GitHubOutcome Outcome, HttpResponseMessage? Response, bool NotSent, ExceptionDispatchInfo? Error)
{
    /// <summary>A failure worth another attempt: a 5xx, a timeout or a broken connection.</summary>
    public bool Transient => Outcome is GitHubOutcome.ServerError or GitHubOutcome.Timeout or GitHubOutcome.ConnectionFailure;

    public static GitHubAttempt Answered(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var outcome = response.StatusCode switch
        {
            HttpStatusCode.NotModified => GitHubOutcome.NotModified,
            HttpStatusCode.TooManyRequests => GitHubOutcome.RateLimited,
            HttpStatusCode.Forbidden when response.Headers.RetryAfter is not null
                || (response.Headers.TryGetValues(GitHubRateLimitHeaders.Remaining, out var remaining) && remaining.FirstOrDefault() == "0")
                => GitHubOutcome.RateLimited,
            _ when status >= 500 => GitHubOutcome.ServerError,
            _ when status >= 400 => GitHubOutcome.ClientError,
            _ => GitHubOutcome.Success,
        };
        return new GitHubAttempt(outcome, response, NotSent: false, Error: null);
    }

    public static GitHubAttempt Failed(GitHubOutcome outcome, bool notSent, ExceptionDispatchInfo? error) => new(outcome, null, notSent, error);
}
