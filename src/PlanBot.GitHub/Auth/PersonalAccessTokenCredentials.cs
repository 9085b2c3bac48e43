using Microsoft.Extensions.Options;

namespace PlanBot.GitHub.Auth;

/// <summary>
/// Local development: one personal access token for every installation. Its limits are the user's, shared by all, so
/// every request counts against one throttle.
/// </summary>
public sealed class PersonalAccessTokenCredentials(IOptions<GitHubOptions> options) : IInstallationCredentials, IGitHubCredential
{
    private readonly string token = options.Value.Token ?? throw new InvalidOperationException("PlanBot:GitHub:Token is not set.");

    public IGitHubCredential For(long installationId) => this;

    public long ThrottleKey(long installationId) => 0;

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    public bool Reject(string token) => false;
}
