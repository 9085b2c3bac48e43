using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// One repository: branches pointing at commits whose trees map paths to blobs (real git blob shas), issues and pull
/// requests sharing one numbering, comments, labels, milestones, statuses, reactions and collaborators. Every member
/// is used under <see cref="FakeGitHubState.Gate"/>; the seeding helpers take it themselves.
/// </summary>
public sealed class FakeRepository
{
    private readonly FakeGitHubState state;
    private int nextNumber;

    public FakeRepository(FakeGitHubState state, long id, string owner, string name, string defaultBranch)
    {
        this.state = state;
        Id = id;
        Owner = owner;
        Name = name;
        DefaultBranch = defaultBranch;
        var root = new FakeCommit(Sha($"root {owner}/{name}"), null, ImmutableSortedDictionary<string, string>.Empty, "Initial commit", state.Time.GetUtcNow());
        Commits[root.Sha] = root;
        Branches[defaultBranch] = root.Sha;
    }

    public long Id { get; }

    public string Owner { get; }

    public string Name { get; }

    public string FullName => $"{Owner}/{Name}";

    public string DefaultBranch { get; }

    public Dictionary<string, string> Branches { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FakeCommit> Commits { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, byte[]> Blobs { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<int, FakeIssue> Issues { get; } = [];

    public SortedDictionary<long, FakeComment> Comments { get; } = [];

    public List<FakeLabel> Labels { get; } = [];

    public SortedDictionary<int, FakeMilestone> Milestones { get; } = [];

    public List<FakeStatus> Statuses { get; } = [];

    public List<FakeReaction> Reactions { get; } = [];

    /// <summary>Login → role_name (read, triage, write, maintain, admin).</summary>
    public Dictionary<string, string> Collaborators { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The git blob sha of <paramref name="content"/>, as GitHub reports it.</summary>
    public static string BlobSha(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var header = Encoding.ASCII.GetBytes($"blob {content.Length.ToString(CultureInfo.InvariantCulture)}\0");
#pragma warning disable CA5350 // Git names objects by SHA-1; the fake must report the shas GitHub would.
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. content]));
#pragma warning restore CA5350
    }

    public int NextNumber() => ++nextNumber;

    /// <summary>The commit a branch name, <c>refs/heads/…</c> or commit sha names; null when none.</summary>
    public FakeCommit? Resolve(string gitRef)
    {
        var name = gitRef.StartsWith("refs/heads/", StringComparison.Ordinal) ? gitRef["refs/heads/".Length..] : gitRef;
        return Branches.TryGetValue(name, out var sha) ? Commits[sha] : Commits.GetValueOrDefault(gitRef);
    }

    /// <summary>Commits <paramref name="content"/> at <paramref name="path"/> on <paramref name="branch"/>; returns the commit.</summary>
    public FakeCommit CommitFile(string branch, string path, byte[] content, string message)
    {
        var parent = Commits[Branches[branch]];
        var blob = BlobSha(content);
        Blobs[blob] = content;
        var commit = new FakeCommit(
            Sha($"{parent.Sha} {path} {blob} {message} {Commits.Count}"), parent.Sha, parent.Tree.SetItem(path, blob), message, state.Time.GetUtcNow());
        Commits[commit.Sha] = commit;
        Branches[branch] = commit.Sha;
        return commit;
    }

    /// <summary>Test seeding: writes a UTF-8 file on a branch; returns its blob sha.</summary>
    public string WriteFile(string path, string text, string? branch = null) => WriteFile(path, Encoding.UTF8.GetBytes(text), branch);

    public string WriteFile(string path, byte[] content, string? branch = null)
    {
        lock (state.Gate)
        {
            return CommitFile(branch ?? DefaultBranch, path, content, $"Add {path}").Tree[path];
        }
    }

    /// <summary>Test seeding: a branch at the head of <paramref name="from"/> (default branch when null).</summary>
    public string CreateBranch(string name, string? from = null)
    {
        lock (state.Gate)
        {
            return Branches[name] = Branches[from ?? DefaultBranch];
        }
    }

    /// <summary>The text of <paramref name="path"/> at a branch or sha, or null.</summary>
    public string? ReadFile(string path, string? gitRef = null)
    {
        lock (state.Gate)
        {
            return Resolve(gitRef ?? DefaultBranch)?.Tree.TryGetValue(path, out var blob) == true ? Encoding.UTF8.GetString(Blobs[blob]) : null;
        }
    }

    public void AddCollaborator(string login, string roleName)
    {
        lock (state.Gate)
        {
            Collaborators[login] = roleName;
        }
    }

    /// <summary>Test seeding: a pull request from <paramref name="headRef"/> (of <paramref name="headRepository"/>, this one when null).</summary>
    public FakeIssue OpenPullRequest(string author, string headRef, string title, string? baseRef = null, string? headRepository = null, bool draft = false)
    {
        lock (state.Gate)
        {
            var fork = headRepository is not null && !string.Equals(headRepository, FullName, StringComparison.OrdinalIgnoreCase);
            return AddIssue(author, title, null, new FakePull
            {
                HeadRef = headRef,
                HeadRepository = headRepository ?? FullName,
                BaseRef = baseRef ?? DefaultBranch,
                ForkHeadSha = fork ? Sha($"fork {headRepository} {headRef}") : null,
                Draft = draft,
            });
        }
    }

    /// <summary>Adds an issue (or a pull request) numbered next; the caller holds the lock.</summary>
    public FakeIssue AddIssue(string author, string title, string? body, FakePull? pull)
    {
        var now = state.Time.GetUtcNow();
        var issue = new FakeIssue
        {
            Id = state.NextId(),
            Number = NextNumber(),
            Author = author,
            CreatedAt = now,
            UpdatedAt = now,
            Title = title,
            Body = body,
            Pull = pull,
        };
        Issues[issue.Number] = issue;
        return issue;
    }

    /// <summary>The head sha of a pull request now.</summary>
    public string HeadSha(FakePull pull) => pull.ForkHeadSha ?? Branches.GetValueOrDefault(pull.HeadRef) ?? new string('0', 40);

    /// <summary>The label named <paramref name="name"/> (case-insensitive), created as GitHub does when an issue names a new one.</summary>
    public FakeLabel LabelNamed(string name)
    {
        var label = Labels.FirstOrDefault(label => string.Equals(label.Name, name, StringComparison.OrdinalIgnoreCase));
        if (label is null)
        {
            label = new FakeLabel(state.NextId(), name, "ededed", null);
            Labels.Add(label);
        }

        return label;
    }

#pragma warning disable CA5350 // Commit shas look like git's (40 hex digits); nothing depends on their strength.
    private static string Sha(string seed) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(seed)));
#pragma warning restore CA5350
}
