using Octokit;

namespace PlanBot.GitHub;

/// <summary>
/// Octokit clients that act as one installation of the GitHub App (or as the configured personal access token). Every
/// request goes through PlanBot's HTTP pipeline: installation token, write pacing and GitHub's rate limits, retries of
/// transient failures. Octokit's own methods take no <see cref="CancellationToken"/>: wrap calls in
/// <see cref="GitHubCallCancellation.Flow"/> so the caller's token reaches the pipeline.
/// </summary>
public interface IGitHubInstallationClients
{
    /// <summary>The client for <paramref name="installationId"/>; the same instance every time, safe to share.</summary>
    IGitHubClient ForInstallation(long installationId);
}
