namespace PlanBot.GitHub.Auth;

/// <summary>The bearer token one HTTP pipeline authenticates with.</summary>
public interface IGitHubCredential
{
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>GitHub answered 401 to <paramref name="token"/>: drop it if cached, so the next call gets a new one.</summary>
    /// <returns>Whether a different token may now be had (worth one more attempt).</returns>
    bool Reject(string token);
}
