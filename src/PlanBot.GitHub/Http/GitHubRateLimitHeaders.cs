using System.Globalization;
using System.Net;

namespace PlanBot.GitHub.Http;

/// <summary>
/// Reads GitHub's rate-limit answers the way its documentation says to: <c>retry-after</c> first, then
/// <c>x-ratelimit-remaining: 0</c> with <c>x-ratelimit-reset</c> (UTC epoch seconds), else a minute.
/// </summary>
public static class GitHubRateLimitHeaders
{
    public const string Limit = "x-ratelimit-limit";
    public const string Remaining = "x-ratelimit-remaining";
    public const string Reset = "x-ratelimit-reset";

    /// <summary>
    /// When <paramref name="response"/> refuses the request for a rate limit, until when to wait; null for any other
    /// answer, including a 403 for missing permissions.
    /// </summary>
    public static async Task<GitHubLimitBlock?> RefusalAsync(
        HttpResponseMessage response, DateTimeOffset now, TimeSpan defaultWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (RetryAfter(response, now) is { } retryAfter)
        {
            return new GitHubLimitBlock(retryAfter, GitHubWaitReason.SecondaryRateLimit);
        }

        if (QuotaSpentUntil(response) is { } reset)
        {
            return new GitHubLimitBlock(reset, GitHubWaitReason.PrimaryRateLimit);
        }

        return response.StatusCode == HttpStatusCode.TooManyRequests || await MentionsRateLimitAsync(response, cancellationToken).ConfigureAwait(false)
            ? new GitHubLimitBlock(now + defaultWait, GitHubWaitReason.SecondaryRateLimit)
            : null;
    }

    /// <summary>The reset time when the answer says the hourly quota is spent (<c>x-ratelimit-remaining: 0</c>).</summary>
    public static DateTimeOffset? QuotaSpentUntil(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Header(response, Remaining) == 0 && Header(response, Reset) is { } reset
            ? DateTimeOffset.FromUnixTimeSeconds(reset)
            : null;
    }

    private static DateTimeOffset? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => now + delta,
        { Date: { } date } => date,
        _ => null,
    };

    private static long? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    // A secondary limit may come as a bare 403 whose message says so.
    private static async Task<bool> MentionsRateLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return body.Contains("rate limit", StringComparison.OrdinalIgnoreCase);
    }
}
