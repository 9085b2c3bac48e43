using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PlanBot.Core.Ports;

namespace PlanBot.Core.Tests.Conversation.Fakes;

/// <summary>
/// A repository and its pull requests in memory, behaving like GitHub where the conversation relies on it: files per
/// commit, branches that move when a file is committed, the blob sha check of the contents API, comments, reactions,
/// statuses and collaborator permissions. Every call is recorded, so tests count requests; a fault can be injected.
/// </summary>
public sealed class FakeGitHub : IPullRequestGitHub
{
    public const string BotLogin = "planbot[bot]";

    private readonly Dictionary<string, Dictionary<string, string>> commits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> branches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RepositoryPermission> permissions = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeComment> comments = [];
    private readonly List<string> calls = [];
    private readonly Lock gate = new();
    private int nextId = 1000;
    private (string Call, Exception Error)? fault;
    private (string Call, Exception Error)? faultAfterActing;

    public IReadOnlyList<string> Calls { get { lock (gate) { return [.. calls]; } } }

    public IReadOnlyList<FakeComment> Comments { get { lock (gate) { return [.. comments]; } } }

    public List<(long CommentId, string Reaction)> Reactions { get; } = [];

    public List<(string Sha, CommitStatus Status)> Statuses { get; } = [];

    public List<(string Branch, string Message)> CommitLog { get; } = [];

    public List<(string Title, string Head, string Base, int Number)> OpenedPullRequests { get; } = [];

    public Dictionary<int, PullRequestSnapshot> PullRequests { get; } = [];

    /// <summary>Commits <paramref name="files"/> (path → text; null deletes) on top of <paramref name="branch"/>, creating it from <paramref name="from"/>.</summary>
    public string Push(string branch, IReadOnlyDictionary<string, string?> files, string? from = null)
    {
        lock (gate)
        {
            var parent = branches.TryGetValue(branch, out var tip) ? commits[tip] : from is null ? [] : commits[branches[from]];
            var tree = new Dictionary<string, string>(parent, StringComparer.Ordinal);
            foreach (var (path, text) in files)
            {
                if (text is null)
                {
                    tree.Remove(path);
                }
                else
                {
                    tree[path] = text;
                }
            }

            var sha = NewSha();
            commits[sha] = tree;
            branches[branch] = sha;
            return sha;
        }
    }

    public string Head(string branch)
    {
        lock (gate)
        {
            return branches[branch];
        }
    }

    public string? FileOn(string gitRef, string path)
    {
        lock (gate)
        {
            return Resolve(gitRef) is { } tree && tree.TryGetValue(path, out var text) ? text : null;
        }
    }

    public void Grant(string login, RepositoryPermission permission) => permissions[login] = permission;

    /// <summary>The next call whose name starts with <paramref name="call"/> throws <paramref name="error"/>, as a GitHub 5xx would.</summary>
    public void FailNext(string call, Exception error)
    {
        lock (gate)
        {
            fault = (call, error);
        }
    }

    /// <summary>The next call starting with <paramref name="call"/> does its work, then throws: GitHub acted, the answer was lost.</summary>
    public void FailNextAfterActing(string call, Exception error)
    {
        lock (gate)
        {
            faultAfterActing = (call, error);
        }
    }

    public int Count(string callPrefix) => Calls.Count(c => c.StartsWith(callPrefix, StringComparison.Ordinal));

    public IReadOnlyList<FakeComment> CommentsOn(int issue) => Comments.Where(c => c.Issue == issue).ToList();

    public Task<PullRequestSnapshot?> GetPullRequestAsync(RepositoryRef repository, int number, CancellationToken cancellationToken)
    {
        Record($"GET pull {number}");
        return Task.FromResult(PullRequests.GetValueOrDefault(number));
    }

    public Task<RepositoryFile?> GetFileAsync(RepositoryRef repository, string path, string gitRef, long maxBytes, CancellationToken cancellationToken)
    {
        Record($"GET contents {path}@{gitRef}");
        lock (gate)
        {
            if (Resolve(gitRef) is not { } tree || !tree.TryGetValue(path, out var text))
            {
                return Task.FromResult<RepositoryFile?>(null);
            }

            var size = Encoding.UTF8.GetByteCount(text);
            return Task.FromResult<RepositoryFile?>(new RepositoryFile(path, BlobSha(text), size, size > maxBytes ? null : text));
        }
    }

    public Task<CommitResult> CommitFileAsync(RepositoryRef repository, FileCommit commit, CancellationToken cancellationToken)
    {
        Record($"PUT contents {commit.Path}@{commit.Branch}");
        lock (gate)
        {
            if (!branches.TryGetValue(commit.Branch, out var tip))
            {
                throw new InvalidOperationException($"404: no branch {commit.Branch}");
            }

            var current = commits[tip].TryGetValue(commit.Path, out var text) ? BlobSha(text) : null;
            if (current != commit.ExistingSha)
            {
                throw new InvalidOperationException($"409: {commit.Path} is at {current ?? "nothing"}, not {commit.ExistingSha ?? "nothing"}");
            }

            var sha = Push(commit.Branch, new Dictionary<string, string?> { [commit.Path] = commit.Content });
            CommitLog.Add((commit.Branch, commit.Message));
            return Task.FromResult(new CommitResult(BlobSha(commit.Content), sha));
        }
    }

    public Task CreateBranchAsync(RepositoryRef repository, string branch, string sha, CancellationToken cancellationToken)
    {
        Record($"POST ref {branch}");
        lock (gate)
        {
            if (branches.ContainsKey(branch) || !commits.ContainsKey(sha))
            {
                throw new InvalidOperationException($"422: cannot create {branch} at {sha}");
            }

            branches[branch] = sha;
        }

        return Task.CompletedTask;
    }

    public Task<int> CreatePullRequestAsync(RepositoryRef repository, string title, string head, string baseRef, string body, CancellationToken cancellationToken)
    {
        Record($"POST pull {head}");
        lock (gate)
        {
            var number = 100 + OpenedPullRequests.Count;
            OpenedPullRequests.Add((title, head, baseRef, number));
            return Task.FromResult(number);
        }
    }

    public Task<long> CreateCommentAsync(RepositoryRef repository, int issueNumber, string body, CancellationToken cancellationToken)
    {
        var call = $"POST comment #{issueNumber}";
        Record(call);
        lock (gate)
        {
            var id = (long)nextId++;
            comments.Add(new FakeComment(id, issueNumber, body, BotLogin));
            if (faultAfterActing is { } f && call.StartsWith(f.Call, StringComparison.Ordinal))
            {
                faultAfterActing = null;
                throw f.Error;
            }

            return Task.FromResult(id);
        }
    }

    public Task<long?> FindCommentAsync(RepositoryRef repository, int issueNumber, string marker, CancellationToken cancellationToken)
    {
        Record($"GET comments #{issueNumber}");
        lock (gate)
        {
            return Task.FromResult(comments.FirstOrDefault(c => c.Issue == issueNumber && c.Body.Contains(marker, StringComparison.Ordinal))?.Id);
        }
    }

    public Task UpdateCommentAsync(RepositoryRef repository, long commentId, string body, CancellationToken cancellationToken)
    {
        Record($"PATCH comment {commentId}");
        lock (gate)
        {
            var index = comments.FindIndex(c => c.Id == commentId);
            comments[index] = comments[index] with { Body = body };
        }

        return Task.CompletedTask;
    }

    public Task AddReactionAsync(RepositoryRef repository, long commentId, string reaction, CancellationToken cancellationToken)
    {
        Record($"POST reaction {commentId}");
        lock (gate)
        {
            Reactions.Add((commentId, reaction));
        }

        return Task.CompletedTask;
    }

    public Task SetCommitStatusAsync(RepositoryRef repository, string sha, CommitStatus status, CancellationToken cancellationToken)
    {
        Record($"POST status {sha}");
        lock (gate)
        {
            Statuses.Add((sha, status));
        }

        return Task.CompletedTask;
    }

    public Task<RepositoryPermission> GetPermissionAsync(RepositoryRef repository, string login, CancellationToken cancellationToken)
    {
        Record($"GET permission {login}");
        return Task.FromResult(permissions.GetValueOrDefault(login, RepositoryPermission.None));
    }

    /// <summary>A human edit of a comment (ticking a box in PlanBot's comment).</summary>
    public void EditComment(long commentId, Func<string, string> edit)
    {
        lock (gate)
        {
            var index = comments.FindIndex(c => c.Id == commentId);
            comments[index] = comments[index] with { Body = edit(comments[index].Body) };
        }
    }

    private Dictionary<string, string>? Resolve(string gitRef) =>
        branches.TryGetValue(gitRef, out var sha) ? commits[sha] : commits.GetValueOrDefault(gitRef);

    private void Record(string call)
    {
        lock (gate)
        {
            calls.Add(call);
            if (fault is { } f && call.StartsWith(f.Call, StringComparison.Ordinal))
            {
                fault = null;
                throw f.Error;
            }
        }
    }

    private string NewSha() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((nextId++).ToString(CultureInfo.InvariantCulture))))[..40];

    private static string BlobSha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("blob " + text)))[..40];
}
