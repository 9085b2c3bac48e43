using Microsoft.Extensions.Time.Testing;
using PlanBot.GitHub.Auth;
using PlanBot.Integration.Tests.FakeGitHub;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>Installation tokens come from GitHub once and are reused until five minutes before they expire.</summary>
public sealed class InstallationTokenTests : IAsyncLifetime
{
    private const long Installation = 77;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private FakeGitHubServer server = null!;
    private GitHubTestHost host = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGitHubServer.StartAsync(time);
        host = GitHubTestHost.Create(server, server.BaseAddress, Installation, time);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_token_is_reused_until_shortly_before_it_expires_then_renewed()
    {
        var tokens = host.Service<InstallationTokenCache>();

        var first = await tokens.GetTokenAsync(Installation, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await tokens.GetTokenAsync(Installation, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await tokens.GetTokenAsync(Installation, CancellationToken.None);

        Assert.Equal(first, stillCached);
        Assert.NotEqual(first, renewed);
        Assert.Equal(2, server.State.TokensIssued[Installation]);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_new_token()
    {
        var tokens = host.Service<InstallationTokenCache>();

        var all = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => tokens.GetTokenAsync(Installation, CancellationToken.None).AsTask()));

        Assert.Single(all.Distinct());
        Assert.Equal(1, server.State.TokensIssued[Installation]);
    }

    [Fact]
    public async Task A_token_github_no_longer_accepts_is_replaced_and_the_call_goes_through()
    {
        var repository = server.State.AddRepository("acme", "tokens");
        var pull = repository.OpenPullRequest("ana", "main", "Docs");
        var github = host.GitHub;
        var repo = new PlanBot.Core.Ports.RepositoryRef(Installation, "acme", "tokens");
        await github.GetPullRequestAsync(repo, pull.Number, CancellationToken.None);

        server.State.RevokeInstallationTokens();
        var snapshot = await github.GetPullRequestAsync(repo, pull.Number, CancellationToken.None);

        Assert.NotNull(snapshot);
        Assert.Equal(2, server.State.TokensIssued[Installation]);
    }

    [Fact]
    public async Task An_unknown_installation_is_a_clear_error()
    {
        var tokens = host.Service<InstallationTokenCache>();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetTokenAsync(404, CancellationToken.None).AsTask());

        Assert.Contains("installation 404", error.Message, StringComparison.Ordinal);
    }
}
