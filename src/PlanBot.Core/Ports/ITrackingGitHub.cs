using PlanBot.Core.Tracking;

namespace PlanBot.Core.Ports;

/// <summary>
/// What publishing and tracking need from GitHub: one method per request, so an executor can checkpoint between
/// the requests of one change (a comment, then the close). Implementations authenticate as the installation of
/// <see cref="RepositoryRef.InstallationId"/>, pace writes within GitHub's secondary limits, retry only what cannot
/// have taken effect, and re-read with conditional requests (ETag); a call that still fails throws.
/// </summary>
public interface ITrackingGitHub
{
    /// <summary>
    /// Labels, milestones (open and closed), the issues carrying <paramref name="label"/> (open and closed) together
    /// with <paramref name="knownIssues"/> (PlanBot's issues someone took the label off), and the sub-issue links of
    /// those issues.
    /// </summary>
    Task<ActualState> ReadStateAsync(RepositoryRef repository, string label, IReadOnlyCollection<int> knownIssues, CancellationToken cancellationToken);

    /// <summary>A file on the default branch, or null when it does not exist there; its text is not downloaded past <paramref name="maxBytes"/>.</summary>
    Task<RepositoryFile?> GetDefaultBranchFileAsync(RepositoryRef repository, string path, long maxBytes, CancellationToken cancellationToken);

    Task CreateLabelAsync(RepositoryRef repository, DesiredLabel label, CancellationToken cancellationToken);

    /// <summary>Creates a milestone due on <see cref="MilestoneDraft.Due"/> (a day, see <see cref="GitHubDueDate"/>); returns its number.</summary>
    Task<int> CreateMilestoneAsync(RepositoryRef repository, MilestoneDraft milestone, CancellationToken cancellationToken);

    Task UpdateMilestoneAsync(RepositoryRef repository, int number, MilestoneChange change, CancellationToken cancellationToken);

    Task<IssueIds> CreateIssueAsync(RepositoryRef repository, IssueDraft issue, CancellationToken cancellationToken);

    Task UpdateIssueAsync(RepositoryRef repository, int number, IssueChange change, CancellationToken cancellationToken);

    Task CreateCommentAsync(RepositoryRef repository, int issueNumber, string body, CancellationToken cancellationToken);

    /// <summary>Whether a comment on the issue contains <paramref name="marker"/>: did a comment whose answer was lost go through?</summary>
    Task<bool> HasCommentAsync(RepositoryRef repository, int issueNumber, string marker, CancellationToken cancellationToken);

    /// <summary>Makes the issue with database id <paramref name="childDatabaseId"/> a sub-issue of issue <paramref name="parentNumber"/>.</summary>
    Task AddSubIssueAsync(RepositoryRef repository, int parentNumber, long childDatabaseId, bool replaceParent, CancellationToken cancellationToken);
}
