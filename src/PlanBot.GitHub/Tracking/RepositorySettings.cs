using PlanBot.Core;
using PlanBot.Core.Configuration;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub.Tracking;

/// <summary>A repository's <c>.github/planbot.yml</c> from its default branch: the defaults when there is none, and the problems found.</summary>
public static class RepositorySettings
{
    public static async Task<ConfigReadResult> ReadAsync(ITrackingGitHub github, RepositoryRef repository, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(github);
        var file = await github.GetDefaultBranchFileAsync(repository, RepositoryConfig.Path, RepositoryConfigReader.MaxBytes, cancellationToken).ConfigureAwait(false);
        return RepositoryConfigReader.Read(file);
    }
}
