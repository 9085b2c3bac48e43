using System.Net;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;

namespace PlanBot.GitHub.Http;

/// <summary>
/// Gives every attempt a timeout and repeats the ones that failed for a transient reason: a 5xx, no answer in time, a
/// broken connection. A request that provably never reached GitHub (no connection) is always repeated; one GitHub may
/// have acted on is repeated only when <see cref="GitHubRequestKind.IsSafeToRepeat"/>, otherwise the failure surfaces
/// (the queue redelivers the work, which finds what was already done). Backoff is exponential and bounded.
/// </summary>
public sealed class GitHubRetryHandler(GitHubRetryPolicy policy, TimeProvider time, GitHubMetrics metrics, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await AttemptAsync(request, cancellationToken).ConfigureAwait(false);
            metrics.Attempted(request.Method, result.Outcome);
            if (!result.Transient)
            {
                return result.Response!;
            }

            var why = attempt >= policy.MaxAttempts ? $"{attempt} attempts made"
                : result.NotSent || GitHubRequestKind.IsSafeToRepeat(request) ? null
                : "GitHub may have acted on it";
            if (why is not null)
            {
                GitHubLog.GivingUp(logger, request.Method.Method, Path(request), result.Outcome.Tag(), attempt, why);
                return Surface(request, result, attempt);
            }

            var delay = policy.RetryDelay(attempt);
            GitHubLog.Retrying(logger, request.Method.Method, Path(request), result.Outcome.Tag(), attempt, delay);
            metrics.Retried(result.Outcome);
            result.Response?.Dispose();
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<GitHubAttempt> AttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(policy.AttemptTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var response = await base.SendAsync(request, linked.Token).ConfigureAwait(false);

            // Read the body inside the attempt, so a server that stalls mid-answer times out like one that never answers.
            await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
            return GitHubAttempt.Answered(response);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return GitHubAttempt.Failed(GitHubOutcome.Timeout, notSent: false, error: null);
        }
        catch (HttpRequestException error) when (error.StatusCode is null)
        {
            var notSent = error.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;
            return GitHubAttempt.Failed(GitHubOutcome.ConnectionFailure, notSent, ExceptionDispatchInfo.Capture(error));
        }
    }

    private HttpResponseMessage Surface(HttpRequestMessage request, GitHubAttempt result, int attempts)
    {
        if (result.Response is { } response)
        {
            return response;
        }

        result.Error?.Throw();
        throw new TimeoutException(
            $"GitHub did not answer {request.Method} {Path(request)} within {policy.AttemptTimeout.TotalSeconds:0.#} s"
            + (attempts > 1 ? $" ({attempts} attempts)." : "."));
    }

    private static string Path(HttpRequestMessage request) => request.RequestUri?.AbsolutePath ?? string.Empty;
}
