using Microsoft.Extensions.Logging;

namespace PlanBot.GitHub.Http;

/// <summary>
/// Spaces an installation's content-creating requests (POST, PATCH, PUT, DELETE) by <see cref="GitHubWriteLimits"/>.
/// Reads pass straight through. A slot further away than <see cref="GitHubRetryPolicy.MaxWait"/> (the hourly count is
/// used up) throws <see cref="GitHubRateLimitedException"/> rather than hold the caller.
/// </summary>
public sealed class GitHubWritePacingHandler(
    InstallationThrottle throttle, GitHubRetryPolicy policy, TimeProvider time, GitHubMetrics metrics, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (GitHubRequestKind.IsWrite(request.Method))
        {
            var now = time.GetUtcNow();
            var (slot, reserved) = throttle.ReserveWrite(now + policy.MaxWait);
            if (!reserved)
            {
                throw new GitHubRateLimitedException(
                    $"This installation has made as many writes as GitHub allows for now; {request.Method} "
                    + $"{request.RequestUri?.AbsolutePath} could go out at {slot:O}, later than PlanBot waits within a call ({policy.MaxWait}).",
                    slot);
            }

            var wait = slot - now;
            if (wait > TimeSpan.Zero)
            {
                GitHubLog.Waiting(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, wait, GitHubWaitReason.WritePacing.Tag());
                metrics.Waited(GitHubWaitReason.WritePacing, wait);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
