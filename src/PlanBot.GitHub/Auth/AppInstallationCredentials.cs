namespace PlanBot.GitHub.Auth;

/// <summary>The GitHub App: each installation acts with its own cached installation token and has its own limits.</summary>
public sealed class AppInstallationCredentials(InstallationTokenCache tokens) : IInstallationCredentials
{
    public IGitHubCredential For(long installationId) => new InstallationCredential(tokens, installationId);

    public long ThrottleKey(long installationId) => installationId;
}
