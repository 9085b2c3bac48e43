using Octokit;
using PlanBot.Core.Ports;

namespace PlanBot.GitHub;

/// <summary>
/// The comments of an issue or pull request, every page. Octokit's own list sends <c>sort</c> and <c>direction</c>,
/// which this endpoint does not take (GitHub's description: <c>since</c>, <c>per_page</c>, <c>page</c>); this asks
/// for the pages alone, oldest first as GitHub returns them.
/// </summary>
internal static class IssueCommentList
{
    public static Task<IReadOnlyList<IssueComment>> AllAsync(IGitHubClient client, RepositoryRef repository, int issueNumber, ApiOptions pages) =>
        new ApiConnection(client.Connection).GetAll<IssueComment>(
            ApiUrls.IssueComments(repository.Owner, repository.Name, issueNumber),
            new Dictionary<string, string>(),
            pages);
}
