namespace PlanBot.Core.Ports;

/// <summary>
/// What the pull-request conversation needs from GitHub. Implementations authenticate as the installation of
/// <see cref="RepositoryRef.InstallationId"/>, pace their writes and retry transient failures; a call that still
/// fails throws.
/// </summary>
public interface IPullRequestGitHub
{
    /// <summary>The pull request, or null when it does not exist (any more).</summary>
    Task<PullRequestSnapshot?> GetPullRequestAsync(RepositoryRef repository, int number, CancellationToken cancellationToken);

    /// <summary>The file at <paramref name="gitRef"/> (branch, tag or sha), or null when it does not exist there.</summary>
    Task<RepositoryFile?> GetFileAsync(RepositoryRef repository, string path, string gitRef, long maxBytes, CancellationToken cancellationToken);

    Task<CommitResult> CommitFileAsync(RepositoryRef repository, FileCommit commit, CancellationToken cancellationToken);

    /// <summary>Creates <paramref name="branch"/> at <paramref name="sha"/> (for plans of fork PRs, which go to a branch of the base repository).</summary>
    Task CreateBranchAsync(RepositoryRef repository, string branch, string sha, CancellationToken cancellationToken);

    /// <summary>Opens a pull request from <paramref name="head"/> into <paramref name="baseRef"/>; returns its number.</summary>
    Task<int> CreatePullRequestAsync(RepositoryRef repository, string title, string head, string baseRef, string body, CancellationToken cancellationToken);

    /// <summary>Comments on an issue or pull request; returns the comment id.</summary>
    Task<long> CreateCommentAsync(RepositoryRef repository, int issueNumber, string body, CancellationToken cancellationToken);

    Task UpdateCommentAsync(RepositoryRef repository, long commentId, string body, CancellationToken cancellationToken);

    /// <summary>The id of the first comment on the issue or pull request whose body contains <paramref name="marker"/>, or null.</summary>
    Task<long?> FindCommentAsync(RepositoryRef repository, int issueNumber, string marker, CancellationToken cancellationToken);

    /// <summary>Reacts to an issue comment (<c>eyes</c>, <c>+1</c>, …).</summary>
    Task AddReactionAsync(RepositoryRef repository, long commentId, string reaction, CancellationToken cancellationToken);

    Task SetCommitStatusAsync(RepositoryRef repository, string sha, CommitStatus status, CancellationToken cancellationToken);

    /// <summary>The person's role on the repository (collaborator-permission endpoint); <see cref="RepositoryPermission.None"/> for a non-collaborator.</summary>
    Task<RepositoryPermission> GetPermissionAsync(RepositoryRef repository, string login, CancellationToken cancellationToken);
}
