using PlanBot.Cli;
using PlanBot.Core.Tests.Planning;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Integration.Tests.FakeGitHub;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.Tracking;

/// <summary><c>planbot sync</c> in-process against the fake GitHub over HTTP, on a warped clock so its pacing is real but quick.</summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    private const string Token = "ghp_sync_tests";

    // Ten times faster, not a hundred: the 30 s attempt timeout runs on this clock too, and 0.3 s of real time was less
    // than a loaded two-core machine sometimes takes to answer (GitHub did not answer … within 30 s, at random).
    private readonly WarpTimeProvider clock = new(new DateTimeOffset(2027, 1, 6, 9, 0, 0, TimeSpan.Zero), 10);
    private readonly string planPath = Path.Combine(Path.GetTempPath(), $"planbot-sync-{Guid.NewGuid():N}.md");
    private FakeGitHubServer server = null!;
    private FakeRepository remote = null!;

    public async Task InitializeAsync()
    {
        server = await FakeGitHubServer.StartAsync(clock);
        lock (server.State.Gate)
        {
            server.State.PersonalAccessTokens.Add(Token);
        }

        remote = server.State.AddRepository("acme", "ledger");
        await File.WriteAllTextAsync(planPath, PlanMarkdownWriter.Write(SamplePlans.FourPhases()));
    }

    public async Task DisposeAsync()
    {
        File.Delete(planPath);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_dry_run_prints_one_line_per_change_and_changes_nothing()
    {
        var result = await SyncAsync("--dry-run");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5 + 4 + 17 + 12, lines.Length);
        Assert.Equal("create-label:planbot #5319e7 \"Managed by PlanBot\"", lines[0]);
        Assert.Contains("create-milestone:milestone:1 \"Phase 1: Foundation\" due 2027-01-22", lines);
        Assert.Contains("create-issue:week:5 \"Week 5: Feature 005\" [planbot, phase-2] in milestone:2(new)", lines);
        Assert.Contains("add-sub-issue:phase:2>week:5 phase:2(new) > week:5(new)", lines);
        Assert.Equal("planbot: 38 changes (dry run: nothing was changed)\n", result.Error);
        Assert.Equal(0, server.Log.Writes);
    }

    [Fact]
    public async Task Sync_makes_the_changes_and_a_second_sync_finds_nothing_to_do()
    {
        var first = await SyncAsync();
        var writes = server.Log.Writes;
        var second = await SyncAsync();

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (first.ExitCode, second.ExitCode));
        Assert.Equal(38, writes);
        Assert.Equal("planbot: synced acme/ledger with 38 write requests\n", first.Error);
        Assert.Equal(string.Empty, second.Out);
        Assert.Equal("planbot: acme/ledger already matches the plan\n", second.Error);
        Assert.Equal(writes, server.Log.Writes);
        lock (server.State.Gate)
        {
            Assert.Equal(17, remote.Issues.Count);
        }
    }

    [Fact]
    public async Task A_repository_github_does_not_know_fails_with_one_line()
    {
        var result = await SyncAsync("--repo", "acme/missing");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal("planbot: GitHub has no repository acme/missing, or GITHUB_TOKEN cannot see it (404)\n", result.Error);
    }

    [Fact]
    public async Task A_token_github_refuses_fails_with_one_line()
    {
        var result = await SyncWithTokenAsync("ghp_unknown");

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Equal("planbot: GitHub refused GITHUB_TOKEN (401 Bad credentials)\n", result.Error);
    }

    [Theory]
    [InlineData(null, "acme/ledger", "planbot: GITHUB_TOKEN is not set: planbot sync reads the repository's issues (and writes them without --dry-run) with that token")]
    [InlineData(Token, "acme", "planbot: --repo expects owner/name, got 'acme'")]
    [InlineData(Token, "acme/ledger/extra", "planbot: --repo expects owner/name, got 'acme/ledger/extra'")]
    public async Task Bad_input_is_a_usage_error_with_one_line(string? token, string repository, string message)
    {
        var result = await SyncWithTokenAsync(token, "--repo", repository);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal(message + "\n", result.Error);
        Assert.Empty(server.Log.Requests);
    }

    [Fact]
    public async Task A_plan_without_phases_is_a_usage_error_and_nothing_is_read()
    {
        await File.WriteAllTextAsync(planPath, "# Implementation Plan: nothing\n\nNo phases here.\n");

        var result = await SyncAsync();

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal($"planbot: plan '{planPath}' has no phase PlanBot can read (see docs/plan-format.md); nothing to sync\n", result.Error);
        Assert.Empty(server.Log.Requests);
    }

    private Task<(int ExitCode, string Out, string Error)> SyncAsync(params string[] extra) => SyncWithTokenAsync(Token, extra);

    private async Task<(int ExitCode, string Out, string Error)> SyncWithTokenAsync(string? token, params string[] extra)
    {
        var environment = new Dictionary<string, string> { [Cli.Commands.SyncCommand.ApiUrlVariable] = server.BaseAddress.ToString() };
        if (token is not null)
        {
            environment[Cli.Commands.SyncCommand.TokenVariable] = token;
        }

        string[] args = extra.Contains("--repo") ? ["sync", planPath, .. extra] : ["sync", planPath, "--repo", "acme/ledger", .. extra];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliContext(stdout, stderr, clock, new CoreEngine(), environment), CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
