using Microsoft.Extensions.Logging;

namespace PlanBot.GitHub.Http;

internal static partial class GitHubLog
{
    [LoggerMessage(2001, LogLevel.Warning, "GitHub {Method} {Path}: {Outcome} on attempt {Attempt}; retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string method, string path, string outcome, int attempt, TimeSpan delay);

    [LoggerMessage(2002, LogLevel.Warning, "GitHub {Method} {Path}: {Outcome} on attempt {Attempt}; not retried ({Why})")]
    public static partial void GivingUp(ILogger logger, string method, string path, string outcome, int attempt, string why);

    [LoggerMessage(2003, LogLevel.Warning, "GitHub {Method} {Path}: {Status} for a rate limit ({Reason}); requests of this installation wait until {Until:O}")]
    public static partial void RateLimited(ILogger logger, string method, string path, int status, string reason, DateTimeOffset until);

    [LoggerMessage(2004, LogLevel.Information, "GitHub {Method} {Path} waits {Wait} for {Reason}")]
    public static partial void Waiting(ILogger logger, string method, string path, TimeSpan wait, string reason);

    [LoggerMessage(2005, LogLevel.Information, "Installation token for {InstallationId} created, valid until {ExpiresAt:O}")]
    public static partial void TokenCreated(ILogger logger, long installationId, DateTimeOffset expiresAt);

    [LoggerMessage(2006, LogLevel.Warning, "GitHub {Method} {Path}: 401 with a cached token; asking for a new one")]
    public static partial void TokenRejected(ILogger logger, string method, string path);

    [LoggerMessage(2007, LogLevel.Debug, "GitHub {Method} {Path}: {Status} in {ElapsedMs:0.0} ms")]
    public static partial void Sent(ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(2008, LogLevel.Debug, "GitHub {Method} {Path}: no answer after {ElapsedMs:0.0} ms")]
    public static partial void SendFailed(ILogger logger, string method, string path, double elapsedMs, Exception exception);
}
