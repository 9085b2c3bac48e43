namespace PlanBot.GitHub.Auth;

/// <summary>The cached token of one installation.</summary>
public sealed class InstallationCredential(InstallationTokenCache tokens, long installationId) : IGitHubCredential
{
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => tokens.GetTokenAsync(installationId, cancellationToken);

    public bool Reject(string token) => tokens.Forget(installationId, token);
}
