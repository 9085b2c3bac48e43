using System.Text;
using PlanBot.Core.Ports;
using PlanBot.GitHub.Http;
using PlanBot.Integration.Tests.FakeGitHub;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>
/// <see cref="PlanBot.GitHub.OctokitPullRequestGitHub"/> against the fake GitHub through Prism, which refuses any request
/// or answer GitHub's OpenAPI description does not allow.
/// </summary>
[Collection(FakeGitHubCollection.Name)]
public sealed class OctokitPullRequestGitHubTests(FakeGitHubFixture github) : IAsyncLifetime
{
    private static readonly GitHubWriteLimits Quick = new(TimeSpan.FromMilliseconds(10), 80, 500);
    private static long nextInstallation = 1000;

    private readonly long installation = Interlocked.Increment(ref nextInstallation);
    private FakeRepository repository = null!;
    private GitHubTestHost host = null!;

    private RepositoryRef Repo => new(installation, repository.Owner, repository.Name);

    public Task InitializeAsync()
    {
        repository = github.Server.State.AddRepository("acme", $"payments-{installation}");
        host = GitHubTestHost.Create(github.Server, github.ValidatedAddress, installation, limits: Quick);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        Assert.Equal(string.Empty, PrismViolations());
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

    private string PrismViolations() =>
        string.Join('\n', github.Prism.Output.Split('\n').Where(line => line.Contains(repository.Name, StringComparison.Ordinal) is var _
            && (line.Contains("Violation", StringComparison.OrdinalIgnoreCase) || line.Contains("✖", StringComparison.Ordinal))));
}
