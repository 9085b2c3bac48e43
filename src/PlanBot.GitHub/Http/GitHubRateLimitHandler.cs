using Microsoft.Extensions.Logging;

namespace PlanBot.GitHub.Http;

/// <summary>
/// Keeps an installation's requests behind GitHub's rate limits: waits while the installation is blocked, and when
/// GitHub refuses a request for a rate limit (403/429 with <c>retry-after</c>, <c>x-ratelimit-remaining: 0</c>, or a
/// secondary-limit message) blocks the installation until the time GitHub named and sends the request again. A wait
/// longer than <see cref="GitHubRetryPolicy.MaxWait"/>, or refusals past <see cref="GitHubRetryPolicy.MaxRateLimitRetries"/>,
/// throw <see cref="GitHubRateLimitedException"/>. A refused request did nothing on GitHub, so any request, a POST too,
/// is sent again.
/// </summary>
public sealed class GitHubRateLimitHandler(
    InstallationThrottle throttle, GitHubRetryPolicy policy, TimeProvider time, GitHubMetrics metrics, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var refusals = 0; ; refusals++)
        {
            await WaitWhileBlockedAsync(request, cancellationToken).ConfigureAwait(false);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var refusal = await GitHubRateLimitHeaders.RefusalAsync(response, now, policy.DefaultRateLimitWait, cancellationToken).ConfigureAwait(false);
            if (refusal is not { } block)
            {
                if (GitHubRateLimitHeaders.QuotaSpentUntil(response) is { } reset)
                {
                    // The quota ran out with this answer: the next request would be refused, so hold it back now.
                    throttle.BlockUntil(reset, GitHubWaitReason.PrimaryRateLimit);
                }

                return response;
            }

            throttle.BlockUntil(block.Until, block.Reason);
            GitHubLog.RateLimited(logger, request.Method.Method, Path(request), (int)response.StatusCode, block.Reason.Tag(), block.Until);
            if (refusals >= policy.MaxRateLimitRetries)
            {
                response.Dispose();
                throw new GitHubRateLimitedException(
                    $"GitHub refused {request.Method} {Path(request)} for a rate limit {refusals + 1} times; try again after {block.Until:O}.",
                    block.Until);
            }

            response.Dispose();
        }
    }

    private async Task WaitWhileBlockedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var block = throttle.Block;
        var wait = block.Until - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        if (wait > policy.MaxWait)
        {
            throw new GitHubRateLimitedException(
                $"GitHub's {block.Reason.Tag().Replace('_', ' ')} holds {request.Method} {Path(request)} until {block.Until:O}, "
                + $"longer than PlanBot waits within a call ({policy.MaxWait}).",
                block.Until);
        }

        GitHubLog.Waiting(logger, request.Method.Method, Path(request), wait, block.Reason.Tag());
        metrics.Waited(block.Reason, wait);
        await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
    }

    private static string Path(HttpRequestMessage request) => request.RequestUri?.AbsolutePath ?? string.Empty;
}
