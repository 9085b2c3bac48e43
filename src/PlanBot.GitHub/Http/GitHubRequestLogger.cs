using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace PlanBot.GitHub.Http;

/// <summary>
/// Replaces HttpClient's own request logging for GitHub calls: it writes the request headers at Trace, and the
/// Authorization header carries the installation token or the App's JWT. This writes one line per attempt with the
/// method, the path (no query), the status and the time, and nothing else.
/// </summary>
public sealed class GitHubRequestLogger(ILogger<GitHubRequestLogger> logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        GitHubLog.Sent(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, (int)response.StatusCode, elapsed.TotalMilliseconds);
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        GitHubLog.SendFailed(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, elapsed.TotalMilliseconds, exception);
    }
}
