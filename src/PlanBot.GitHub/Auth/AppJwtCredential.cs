namespace PlanBot.GitHub.Auth;

/// <summary>Authenticates as the App itself: a fresh JWT per request (it only asks for installation tokens, rarely).</summary>
public sealed class AppJwtCredential(GitHubAppJwt jwt) : IGitHubCredential
{
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(jwt.Create());

    public bool Reject(string token) => false;
}
