using Microsoft.Extensions.Logging;
using PlanBot.GitHub.Auth;

namespace PlanBot.GitHub.Http;

/// <summary>
/// Builds the handler chain every GitHub request goes through, outermost first: rate limits (wait while blocked; on a
/// refusal block and resend) → write pacing → retries with a timeout per attempt → authentication → the transport from
/// <see cref="IHttpMessageHandlerFactory"/> (named <see cref="TransportName"/>). Rate limits sit outside pacing so a
/// refused write takes a new slot; retries sit inside so their backoff does not hold the installation's other writes.
/// </summary>
public sealed class GitHubHttpPipeline(
    IHttpMessageHandlerFactory transports,
    GitHubThrottles throttles,
    GitHubRetryPolicy policy,
    TimeProvider time,
    GitHubMetrics metrics,
    ILoggerFactory loggers)
{
    public const string TransportName = "PlanBot.GitHub";

    private readonly ILogger logger = loggers.CreateLogger<GitHubHttpPipeline>();

    /// <summary>A chain authenticating with <paramref name="credential"/>, limited by the throttle of <paramref name="throttleKey"/>.</summary>
    /// <param name="paceWrites">False for the App's own calls (installation tokens), which create no content.</param>
    public HttpMessageHandler Create(IGitHubCredential credential, long throttleKey, bool paceWrites)
    {
        var throttle = throttles.For(throttleKey);
        HttpMessageHandler chain = new GitHubAuthenticationHandler(credential, logger) { InnerHandler = transports.CreateHandler(TransportName) };
        chain = new GitHubRetryHandler(policy, time, metrics, logger) { InnerHandler = chain };
        if (paceWrites)
        {
            chain = new GitHubWritePacingHandler(throttle, policy, time, metrics, logger) { InnerHandler = chain };
        }

        return new GitHubRateLimitHandler(throttle, policy, time, metrics, logger) { InnerHandler = chain };
    }
}
