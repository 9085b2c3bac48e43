namespace PlanBot.GitHub.Auth;

/// <summary>Which token acts for an installation, and whose limits its requests count against.</summary>
public interface IInstallationCredentials
{
    IGitHubCredential For(long installationId);

    /// <summary>Requests with the same key share one <see cref="Http.InstallationThrottle"/> (one token holder, one set of limits).</summary>
    long ThrottleKey(long installationId);
}
