using PlanBot.GitHub.Auth;

namespace PlanBot.Integration.Tests.GitHub;

public sealed class FixedCredential(string token) : IGitHubCredential
{
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    public bool Reject(string token) => false;
}
