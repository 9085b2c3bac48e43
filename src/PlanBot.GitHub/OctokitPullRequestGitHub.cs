using System.Net;
using System.Text;
using Octokit;
using PlanBot.Core.Ports;
using CommitStatus = PlanBot.Core.Ports.CommitStatus;
using RepositoryPermission = PlanBot.Core.Ports.RepositoryPermission;

namespace PlanBot.GitHub;

/// <summary>
/// <see cref="IPullRequestGitHub"/> over the installation's Octokit client. Files are read in two steps so a huge one
/// is never downloaded: the contents API gives the blob sha and size (and the text itself up to 1 MB, GitHub's limit
/// for inline contents); a file within the caller's limit but over 1 MB is then read by its blob sha, which also
/// guarantees the text matches the sha an update must present.
/// </summary>
public sealed class OctokitPullRequestGitHub(IGitHubInstallationClients clients) : IPullRequestGitHub
{
    /// <summary>GitHub cuts commit status descriptions here.</summary>
    public const int MaxStatusDescription = 140;

    public async Task<PullRequestSnapshot?> GetPullRequestAsync(RepositoryRef repository, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        try
        {
            var pull = await Client(repository).PullRequest.Get(repository.Owner, repository.Name, number).ConfigureAwait(false);
            return new PullRequestSnapshot(
                pull.Number,
                Open: pull.State.Value == ItemState.Open,
                pull.Draft,
                pull.Merged,
                Author: pull.User.Login,
                HeadSha: pull.Head.Sha,
                HeadRef: pull.Head.Ref,

                // A fork deleted after the PR was opened leaves no head repository: never the base, so treated as a fork.
                HeadRepository: pull.Head.Repository?.FullName ?? string.Empty,
                BaseRef: pull.Base.Ref,
                DefaultBranch: pull.Base.Repository.DefaultBranch);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    public async Task<RepositoryFile?> GetFileAsync(RepositoryRef repository, string path, string gitRef, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(gitRef);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var client = Client(repository);
        IReadOnlyList<RepositoryContent> entries;
        try
        {
            entries = await client.Repository.Content.GetAllContentsByRef(repository.Owner, repository.Name, path, gitRef).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return null;
        }

        // A directory answers with its listing, a symlink or submodule with another type: no file at this path.
        if (entries is not [var entry] || entry.Type.Value != ContentType.File || entry.Path != path)
        {
            return null;
        }

        if (entry.Size > maxBytes)
        {
            return new RepositoryFile(path, entry.Sha, entry.Size, Text: null);
        }

        var base64 = entry.Size == 0 || string.Equals(entry.Encoding, "base64", StringComparison.Ordinal)
            ? entry.EncodedContent ?? string.Empty
            : await BlobAsync(client, repository, entry.Sha).ConfigureAwait(false);
        return new RepositoryFile(path, entry.Sha, entry.Size, Utf8Text(Convert.FromBase64String(base64)));
    }

    public async Task<CommitResult> CommitFileAsync(RepositoryRef repository, FileCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(commit);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var contents = Client(repository).Repository.Content;
        try
        {
            var changes = commit.ExistingSha is null
                ? await contents.CreateFile(repository.Owner, repository.Name, commit.Path, new CreateFileRequest(commit.Message, commit.Content, commit.Branch))
                    .ConfigureAwait(false)
                : await contents.UpdateFile(
                    repository.Owner, repository.Name, commit.Path, new UpdateFileRequest(commit.Message, commit.Content, commit.ExistingSha, commit.Branch))
                    .ConfigureAwait(false);
            return new CommitResult(changes.Content.Sha, changes.Commit.Sha);
        }
        catch (ApiException error) when (error.StatusCode == HttpStatusCode.Conflict
            || (error.StatusCode == HttpStatusCode.UnprocessableEntity && error.Message.Contains("sha", StringComparison.OrdinalIgnoreCase)))
        {
            // 409: the file is no longer at ExistingSha. 422 "sha wasn't supplied": it was created since it was read.
            throw new ConcurrencyConflictException(
                $"{commit.Path} on {commit.Branch} in {repository.FullName} changed since PlanBot read it (GitHub: {error.Message}).", error);
        }
        catch (ForbiddenException error) when (IsRefusal(error))
        {
            throw Refused($"writing {commit.Path} on {commit.Branch}", error);
        }
    }

    public async Task CreateBranchAsync(RepositoryRef repository, string branch, string sha, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        try
        {
            await Client(repository).Git.Reference.Create(repository.Owner, repository.Name, new NewReference("refs/heads/" + branch, sha)).ConfigureAwait(false);
        }
        catch (ApiValidationException error) when (error.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase))
        {
            throw new ConcurrencyConflictException($"Branch {branch} already exists in {repository.FullName}.", error);
        }
        catch (ApiException error) when (IsRefusal(error) || error is ApiValidationException)
        {
            // 422 other than "already exists": a repository rule restricts creating branches.
            throw Refused($"creating branch {branch}", error);
        }
    }

    public async Task<int> CreatePullRequestAsync(
        RepositoryRef repository, string title, string head, string baseRef, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        try
        {
            var pull = await Client(repository).PullRequest.Create(repository.Owner, repository.Name, new NewPullRequest(title, head, baseRef) { Body = body })
                .ConfigureAwait(false);
            return pull.Number;
        }
        catch (ForbiddenException error) when (IsRefusal(error))
        {
            throw Refused($"opening a pull request from {head}", error);
        }
    }

    /// <summary>A 403 that is not a rate limit: the App lacks the permission, and asking again changes nothing.</summary>
    private static bool IsRefusal(ApiException error) =>
        error is ForbiddenException and not RateLimitExceededException and not SecondaryRateLimitExceededException;

    private static GitHubWriteRefusedException Refused(string what, ApiException error) =>
        new($"{what}: {(int)error.StatusCode} {error.Message}", error);

    public async Task<long> CreateCommentAsync(RepositoryRef repository, int issueNumber, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var comment = await Client(repository).Issue.Comment.Create(repository.Owner, repository.Name, issueNumber, body).ConfigureAwait(false);
        return comment.Id;
    }

    public async Task UpdateCommentAsync(RepositoryRef repository, long commentId, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        await Client(repository).Issue.Comment.Update(repository.Owner, repository.Name, commentId, body).ConfigureAwait(false);
    }

    public async Task<long?> FindCommentAsync(RepositoryRef repository, int issueNumber, string marker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var comments = await IssueCommentList.AllAsync(Client(repository), repository, issueNumber, new ApiOptions { PageSize = 100 }).ConfigureAwait(false);
        return comments.FirstOrDefault(comment => comment.Body?.Contains(marker, StringComparison.Ordinal) == true)?.Id;
    }

    public async Task AddReactionAsync(RepositoryRef repository, long commentId, string reaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var content = Reaction(reaction);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        await Client(repository).Reaction.IssueComment.Create(repository.Owner, repository.Name, commentId, new NewReaction(content)).ConfigureAwait(false);
    }

    public async Task SetCommitStatusAsync(RepositoryRef repository, string sha, CommitStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(status);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        var description = status.Description.Length <= MaxStatusDescription
            ? status.Description
            : status.Description[..(MaxStatusDescription - 1)] + "…";
        await Client(repository).Repository.Status.Create(
            repository.Owner,
            repository.Name,
            sha,
            new NewCommitStatus { State = State(status.State), Context = status.Context, Description = description }).ConfigureAwait(false);
    }

    public async Task<RepositoryPermission> GetPermissionAsync(RepositoryRef repository, string login, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repository);
        using var flow = GitHubCallCancellation.Flow(cancellationToken);
        try
        {
            var answer = await Client(repository).Repository.Collaborator.ReviewPermission(repository.Owner, repository.Name, login).ConfigureAwait(false);

            // role_name names the fine role (maintain, triage); a custom role falls back to the base permission.
            return Permission(answer.RoleName) ?? Permission(answer.Permission) ?? RepositoryPermission.None;
        }
        catch (NotFoundException)
        {
            return RepositoryPermission.None;
        }
    }

    private IGitHubClient Client(RepositoryRef repository) => clients.ForInstallation(repository.InstallationId);

    private static async Task<string> BlobAsync(IGitHubClient client, RepositoryRef repository, string sha)
    {
        var blob = await client.Git.Blob.Get(repository.Owner, repository.Name, sha).ConfigureAwait(false);
        return blob.Encoding.Value == EncodingType.Base64
            ? blob.Content
            : Convert.ToBase64String(Encoding.UTF8.GetBytes(blob.Content));
    }

    private static string Utf8Text(byte[] bytes)
    {
        var preamble = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(bytes.AsSpan().StartsWith(preamble) ? bytes.AsSpan(preamble.Length) : bytes);
    }

    private static CommitState State(CommitStatusState state) => state switch
    {
        CommitStatusState.Pending => CommitState.Pending,
        CommitStatusState.Success => CommitState.Success,
        CommitStatusState.Failure => CommitState.Failure,
        CommitStatusState.Error => CommitState.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    private static ReactionType Reaction(string reaction) => reaction switch
    {
        "+1" => ReactionType.Plus1,
        "-1" => ReactionType.Minus1,
        "laugh" => ReactionType.Laugh,
        "confused" => ReactionType.Confused,
        "heart" => ReactionType.Heart,
        "hooray" => ReactionType.Hooray,
        "rocket" => ReactionType.Rocket,
        "eyes" => ReactionType.Eyes,
        _ => throw new ArgumentException(
            $"'{reaction}' is not a GitHub reaction (+1, -1, laugh, confused, heart, hooray, rocket, eyes).", nameof(reaction)),
    };

    private static RepositoryPermission? Permission(string? name) => name switch
    {
        "admin" => RepositoryPermission.Admin,
        "maintain" => RepositoryPermission.Maintain,
        "write" or "push" => RepositoryPermission.Write,
        "triage" => RepositoryPermission.Triage,
        "read" or "pull" => RepositoryPermission.Read,
        "none" => RepositoryPermission.None,
        _ => null,
    };
}
