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
        return file switch
        {
            null => new ConfigReadResult(RepositoryConfig.Default, ValueList<ConfigProblem>.Empty),
            { Text: { } yaml } => RepositoryConfigReader.Read(yaml),
            _ => new ConfigReadResult(
                RepositoryConfig.Default,
                new[] { new ConfigProblem(0, string.Empty, $"{RepositoryConfig.Path} is larger than {RepositoryConfigReader.MaxBytes / 1024} KiB; PlanBot reads only smaller files.") }),
        };
    }
}
