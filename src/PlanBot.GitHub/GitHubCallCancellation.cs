namespace PlanBot.GitHub;

/// <summary>
/// Carries a caller's <see cref="CancellationToken"/> into the HTTP pipeline under Octokit, whose high-level methods
/// have no token parameter. <c>using (GitHubCallCancellation.Flow(cancellationToken)) { await client.Issue.Get(...); }</c>
/// </summary>
public static class GitHubCallCancellation
{
    private static readonly AsyncLocal<CancellationToken> Ambient = new();

    /// <summary>The token of the innermost <see cref="Flow"/> around the current call; none outside one.</summary>
    public static CancellationToken Current => Ambient.Value;

    /// <summary>Makes <paramref name="cancellationToken"/> cancel the GitHub requests started until the result is disposed.</summary>
    public static IDisposable Flow(CancellationToken cancellationToken)
    {
        var outer = Ambient.Value;
        Ambient.Value = cancellationToken;
        return new Restore(outer);
    }

    private sealed class Restore(CancellationToken outer) : IDisposable
    {
        public void Dispose() => Ambient.Value = outer;
    }
}
