using System.Text;
using PlanBot.Core.Ports;
using PlanBot.GitHub.Http;
using PlanBot.Integration.Tests.FakeGitHub;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>
/// <see cref="PlanBot.GitHub.OctokitPullRequestGitHub"/> against the fake GitHub through Prism, which refuses any request
/// or answer GitHub's OpenAPI description does not allow. Prism cannot route the contents API (its <c>{path}</c> holds
/// slashes), so file reads and commits go to the fake directly and their recorded traffic is checked against the
/// description's schemas instead.
/// </summary>
[Collection(FakeGitHubCollection.Name)]
public sealed class OctokitPullRequestGitHubTests(FakeGitHubFixture github) : IAsyncLifetime
{
    private static readonly GitHubWriteLimits Quick = new(TimeSpan.FromMilliseconds(10), 80, 500);
    private static long nextInstallation = 1000;

    private readonly long installation = Interlocked.Increment(ref nextInstallation);
    private FakeRepository repository = null!;
    private GitHubTestHost host = null!;
    private GitHubTestHost direct = null!;
    private int prismOutputAtStart;

    private RepositoryRef Repo => new(installation, repository.Owner, repository.Name);

    private Func<Microsoft.AspNetCore.Http.HttpRequest, bool> IsRepository(string method, string suffix) =>
        request => request.Method == method && request.Path.Value == $"/repos/{repository.Owner}/{repository.Name}{suffix}";

    public Task InitializeAsync()
    {
        repository = github.Server.State.AddRepository("acme", $"payments-{installation}");
        prismOutputAtStart = github.Prism.Output.Length;
        host = GitHubTestHost.Create(github.Server, github.ValidatedAddress, installation, limits: Quick);
        direct = GitHubTestHost.Create(github.Server, github.Server.BaseAddress, installation, limits: Quick);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await direct.DisposeAsync();
        var violations = PrismViolations().Concat(DirectTrafficViolations()).ToList();
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task Reads_a_pull_request()
    {
        repository.CreateBranch("feature/plan");
        var head = repository.WriteFile("docs/pre-development-docs/TRD.md", "# TRD", "feature/plan");
        var pull = repository.OpenPullRequest("ana", "feature/plan", "Add the TRD", draft: true);

        var snapshot = await host.GitHub.GetPullRequestAsync(Repo, pull.Number, CancellationToken.None);

        Assert.NotNull(snapshot);
        Assert.Equal(pull.Number, snapshot.Number);
        Assert.True(snapshot.Open);
        Assert.True(snapshot.Draft);
        Assert.False(snapshot.Merged);
        Assert.Equal("ana", snapshot.Author);
        Assert.Equal(repository.Branches["feature/plan"], snapshot.HeadSha);
        Assert.Equal("feature/plan", snapshot.HeadRef);
        Assert.Equal(repository.FullName, snapshot.HeadRepository);
        Assert.Equal("main", snapshot.BaseRef);
        Assert.Equal("main", snapshot.DefaultBranch);
        Assert.NotEmpty(head);
    }

    [Fact]
    public async Task A_pull_request_from_a_fork_names_the_fork_as_its_head_repository()
    {
        var fork = github.Server.State.AddRepository("contributor", repository.Name);
        fork.CreateBranch("trd");
        var pull = repository.OpenPullRequest("contributor", "trd", "TRD from a fork", headRepository: fork.FullName);

        var snapshot = await host.GitHub.GetPullRequestAsync(Repo, pull.Number, CancellationToken.None);

        Assert.Equal(fork.FullName, snapshot!.HeadRepository);
    }

    [Fact]
    public async Task A_missing_pull_request_is_null()
    {
        Assert.Null(await host.GitHub.GetPullRequestAsync(Repo, 404, CancellationToken.None));
    }

    [Fact]
    public async Task Reads_a_file_with_its_blob_sha_and_null_for_a_missing_file_or_a_directory()
    {
        repository.CreateBranch("docs");
        var sha = repository.WriteFile("docs/pre-development-docs/PRD.md", "\uFEFF# PRD\n\nPayments café", "docs");

        var file = await direct.GitHub.GetFileAsync(Repo, "docs/pre-development-docs/PRD.md", "docs", 1_000_000, CancellationToken.None);
        var missing = await direct.GitHub.GetFileAsync(Repo, "docs/pre-development-docs/TRD.md", "docs", 1_000_000, CancellationToken.None);
        var directory = await direct.GitHub.GetFileAsync(Repo, "docs/pre-development-docs", "docs", 1_000_000, CancellationToken.None);
        var otherBranch = await direct.GitHub.GetFileAsync(Repo, "docs/pre-development-docs/PRD.md", "main", 1_000_000, CancellationToken.None);

        Assert.Equal(new RepositoryFile("docs/pre-development-docs/PRD.md", sha, 24, "# PRD\n\nPayments café"), file);
        Assert.Null(missing);
        Assert.Null(directory);
        Assert.Null(otherBranch);
    }

    [Fact]
    public async Task A_file_over_one_megabyte_within_the_limit_is_read_through_its_blob()
    {
        var text = string.Concat(Enumerable.Repeat("| FR-001 | Reconcile payments | Must |\n", 40_000));
        var sha = repository.WriteFile("docs/TRD.md", text);

        var file = await direct.GitHub.GetFileAsync(Repo, "docs/TRD.md", "main", 5_000_000, CancellationToken.None);

        Assert.Equal(sha, file!.Sha);
        Assert.Equal(text, file.Text);
        Assert.Single(github.Server.Log.Matching("GET", $"/repos/{repository.FullName}/git/blobs/{sha}"));
    }

    [Fact]
    public async Task A_20_MB_file_is_not_downloaded()
    {
        var huge = new byte[20 * 1024 * 1024];
        Array.Fill(huge, (byte)'a');
        var sha = repository.WriteFile("docs/pre-development-docs/TRD.md", huge);

        var file = await direct.GitHub.GetFileAsync(Repo, "docs/pre-development-docs/TRD.md", "main", 5 * 1024 * 1024, CancellationToken.None);

        Assert.Equal(new RepositoryFile("docs/pre-development-docs/TRD.md", sha, huge.Length, null), file);
        Assert.True(file!.TooLarge);
        var traffic = github.Server.Log.Requests.Where(request => request.Path.StartsWith($"/repos/{repository.FullName}/", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(traffic, request => request.Path.Contains("/git/blobs/", StringComparison.Ordinal));
        Assert.True(traffic.Sum(request => request.ResponseBytes) < 16 * 1024, "more than the file's metadata was downloaded");
    }

    [Fact]
    public async Task Commits_a_new_file_then_updates_it_with_its_blob_sha()
    {
        repository.CreateBranch("feature/trd");

        var created = await direct.GitHub.CommitFileAsync(
            Repo, new FileCommit("docs/IMPLEMENTATION_PLAN.md", "feature/trd", "# Plan v1\n", "PlanBot: implementation plan", null), CancellationToken.None);
        var updated = await direct.GitHub.CommitFileAsync(
            Repo, new FileCommit("docs/IMPLEMENTATION_PLAN.md", "feature/trd", "# Plan v2\n", "PlanBot: update the plan", created.FileSha), CancellationToken.None);

        Assert.Equal(FakeRepository.BlobSha(Encoding.UTF8.GetBytes("# Plan v1\n")), created.FileSha);
        Assert.Equal(repository.Branches["feature/trd"], updated.CommitSha);
        Assert.Equal("# Plan v2\n", repository.ReadFile("docs/IMPLEMENTATION_PLAN.md", "feature/trd"));
        Assert.Null(repository.ReadFile("docs/IMPLEMENTATION_PLAN.md", "main"));
    }

    [Fact]
    public async Task A_commit_over_a_file_changed_since_it_was_read_is_a_conflict_and_changes_nothing()
    {
        var read = repository.WriteFile("docs/IMPLEMENTATION_PLAN.md", "# Plan\n");
        repository.WriteFile("docs/IMPLEMENTATION_PLAN.md", "# Plan, edited by hand\n");
        var head = repository.Branches["main"];

        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => direct.GitHub.CommitFileAsync(
            Repo, new FileCommit("docs/IMPLEMENTATION_PLAN.md", "main", "# Plan v2\n", "PlanBot: update", read), CancellationToken.None));
        var blind = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => direct.GitHub.CommitFileAsync(
            Repo, new FileCommit("docs/IMPLEMENTATION_PLAN.md", "main", "# Plan v2\n", "PlanBot: create", null), CancellationToken.None));

        Assert.Contains("docs/IMPLEMENTATION_PLAN.md", stale.Message, StringComparison.Ordinal);
        Assert.Contains("changed since", blind.Message, StringComparison.Ordinal);
        Assert.Equal(head, repository.Branches["main"]);
        Assert.Equal("# Plan, edited by hand\n", repository.ReadFile("docs/IMPLEMENTATION_PLAN.md"));
    }

    [Fact]
    public async Task Creates_a_branch_and_a_pull_request_from_it()
    {
        var sha = repository.Branches["main"];

        await host.GitHub.CreateBranchAsync(Repo, "planbot/plan-for-7", sha, CancellationToken.None);
        await direct.GitHub.CommitFileAsync(Repo, new FileCommit("IMPLEMENTATION_PLAN.md", "planbot/plan-for-7", "# Plan\n", "PlanBot: plan", null), CancellationToken.None);
        var number = await host.GitHub.CreatePullRequestAsync(Repo, "Implementation plan for #7", "planbot/plan-for-7", "main", "From PlanBot.", CancellationToken.None);
        var again = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            host.GitHub.CreateBranchAsync(Repo, "planbot/plan-for-7", sha, CancellationToken.None));

        var pull = repository.Issues[number];
        Assert.Equal("Implementation plan for #7", pull.Title);
        Assert.Equal("planbot/plan-for-7", pull.Pull!.HeadRef);
        Assert.Equal(FakeGitHubState.BotLogin, pull.Author);
        Assert.Contains("already exists", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_branch_or_pull_request_the_app_may_not_create_is_a_refusal_and_a_rate_limit_is_not()
    {
        var sha = repository.Branches["main"];
        github.Server.Faults.Next(1, FakeFaultKind.RuleViolation, IsRepository("POST", "/git/refs"));
        github.Server.Faults.Next(1, FakeFaultKind.NotAccessible, IsRepository("POST", "/pulls"));

        var branch = await Assert.ThrowsAsync<GitHubWriteRefusedException>(() => host.GitHub.CreateBranchAsync(Repo, "planbot/plan-for-8", sha, CancellationToken.None));
        var pull = await Assert.ThrowsAsync<GitHubWriteRefusedException>(() =>
            host.GitHub.CreatePullRequestAsync(Repo, "Implementation plan for #8", "main", "main", "From PlanBot.", CancellationToken.None));

        Assert.StartsWith("creating branch planbot/plan-for-8: 422 Repository rule violations found", branch.Message, StringComparison.Ordinal);
        Assert.Equal("opening a pull request from main: 403 Resource not accessible by integration", pull.Message);
        Assert.False(repository.Branches.ContainsKey("planbot/plan-for-8"));

        github.Server.Faults.Next(1, FakeFaultKind.PrimaryRateLimit, IsRepository("POST", "/pulls"), TimeSpan.FromHours(1));
        await Assert.ThrowsAsync<GitHubRateLimitedException>(() =>
            host.GitHub.CreatePullRequestAsync(Repo, "Implementation plan for #8", "main", "main", "From PlanBot.", CancellationToken.None));
    }

    [Fact]
    public async Task Comments_reacts_once_and_edits_its_comment()
    {
        var pull = repository.OpenPullRequest("ana", "main", "Docs");

        var id = await host.GitHub.CreateCommentAsync(Repo, pull.Number, "## Scoping questions", CancellationToken.None);
        await host.GitHub.UpdateCommentAsync(Repo, id, "## Scoping questions (2 of 5 answered)", CancellationToken.None);
        await host.GitHub.AddReactionAsync(Repo, id, "eyes", CancellationToken.None);
        await host.GitHub.AddReactionAsync(Repo, id, "eyes", CancellationToken.None);

        var comment = Assert.Single(repository.Comments.Values);
        Assert.Equal(id, comment.Id);
        Assert.Equal("## Scoping questions (2 of 5 answered)", comment.Body);
        Assert.Equal(FakeGitHubState.BotLogin, comment.Author);
        Assert.Equal("eyes", Assert.Single(repository.Reactions).Content);
        await Assert.ThrowsAsync<ArgumentException>(() => host.GitHub.AddReactionAsync(Repo, id, "thumbsup", CancellationToken.None));
        Assert.Equal(id, await host.GitHub.FindCommentAsync(Repo, pull.Number, "## Scoping", CancellationToken.None));
        var quiet = repository.OpenPullRequest("ana", "main", "No comments yet");
        Assert.Null(await host.GitHub.FindCommentAsync(Repo, quiet.Number, "## Scoping", CancellationToken.None));
    }

    [Fact]
    public async Task Sets_a_commit_status_with_the_description_cut_to_githubs_length()
    {
        var sha = repository.Branches["main"];
        var description = "Waiting for docs/pre-development-docs/TRD.md: " + new string('x', 200);

        await host.GitHub.SetCommitStatusAsync(Repo, sha, new CommitStatus(CommitStatusState.Pending, "PlanBot", description), CancellationToken.None);

        var status = Assert.Single(repository.Statuses);
        Assert.Equal(("pending", "PlanBot", sha), (status.State, status.Context, status.Sha));
        Assert.Equal(140, status.Description!.Length);
        Assert.StartsWith("Waiting for docs/pre-development-docs/TRD.md: ", status.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin", RepositoryPermission.Admin)]
    [InlineData("maintain", RepositoryPermission.Maintain)]
    [InlineData("write", RepositoryPermission.Write)]
    [InlineData("triage", RepositoryPermission.Triage)]
    [InlineData("read", RepositoryPermission.Read)]
    [InlineData(null, RepositoryPermission.None)]
    public async Task Reads_a_persons_role_on_the_repository(string? role, RepositoryPermission expected)
    {
        if (role is not null)
        {
            repository.AddCollaborator("bruno", role);
        }

        Assert.Equal(expected, await host.GitHub.GetPermissionAsync(Repo, "bruno", CancellationToken.None));
        Assert.Equal(RepositoryPermission.Admin, await host.GitHub.GetPermissionAsync(Repo, repository.Owner, CancellationToken.None));
    }

    private IEnumerable<string> PrismViolations() =>
        github.Prism.Output[prismOutputAtStart..].Split('\n').Where(line =>
            line.Contains("Violation", StringComparison.OrdinalIgnoreCase) || line.Contains("✖", StringComparison.Ordinal));

    // Every request the fake answered for this test (the contents calls bypassed Prism), by the same description.
    private IEnumerable<string> DirectTrafficViolations() =>
        github.Server.Log.Requests
            .Where(request => request.Path.StartsWith($"/repos/{repository.FullName}/", StringComparison.Ordinal))
            .SelectMany(GitHubEndpointTemplates.Violations);
}
