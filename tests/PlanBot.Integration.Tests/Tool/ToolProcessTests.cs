using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PlanBot.Core.Configuration;
using PlanBot.Core.Scoping;
using PlanBot.Core.Tests.Cli;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Core.Tests.Planning;
using PlanBot.Integration.Tests.Conversation;
using PlanBot.Integration.Tests.FakeGitHub;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.Tool;

/// <summary>
/// The <c>planbot</c> executable users install, run as a process, doing each kind of work the command line does: the
/// offline commands print what the command line prints in-process, byte for byte; <c>sync</c> reads and writes the fake
/// GitHub through Octokit; <c>serve</c> takes a pull request from webhook to committed plan through Azurite. An
/// ahead-of-time compiled tool that trimmed away something reflection needs fails here, not in a user's hands.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ToolProcessTests(AzuriteFixture azurite) : IDisposable
{
    private const string Today = "2026-11-25";
    private const string Token = "ghp_tool_tests";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly TempFolder temp = new();

    private static string Sample { get; } = Path.Join(RepositoryPaths.Root(), "samples", "payments-reconciliation-plugin");

    public void Dispose() => temp.Dispose();

    [ToolFact]
    public async Task The_offline_commands_print_what_the_command_line_prints_in_process()
    {
        temp.Write("docs/pre-development-docs/PRD.md", File.ReadAllText(Path.Join(Sample, "PRD.md")));
        temp.Write("docs/pre-development-docs/TRD.md", File.ReadAllText(Path.Join(Sample, "TRD.md")));
        temp.Write(RepositoryConfig.Path, "plan:\n  template: .github/planbot/plan.scriban\n  phase_names: [Groundwork]\nquestions:\n  extra:\n    - id: risk.vendor_review\n      prompt: Does the vendor review it?\n");
        temp.Write(".github/planbot/plan.scriban", "# {{ plan.title }}\n{{ for phase in plan.phases }}- {{ phase.name }}: {{ phase.weeks.size }} weeks\n{{ end }}");
        string[][] runs =
        [
            ["plan", "--today", Today],
            ["plan", Sample, "--answers", Path.Join(Sample, "answers.yml"), "--today", Today],
            ["plan", temp.Path, "--today", Today],
            ["questions", temp.Path, "--today", Today],
            ["analyze", Sample],
            ["analyze", Sample, "--json"],
            ["lint", Sample],
            ["plan", Path.Join(temp.Path, "missing")],
        ];

        foreach (var args in runs)
        {
            var expected = await CliRunner.RunAsync(args);
            var actual = await RunAsync(args, new Dictionary<string, string>());

            Assert.True(expected == actual, $"planbot {string.Join(' ', args)}: the process printed\n{actual}\nwhere in-process it is\n{expected}");
        }
    }

    [ToolFact]
    public async Task Sync_reads_and_writes_GitHub_through_Octokit()
    {
        await using var server = await FakeGitHubServer.StartAsync(TimeProvider.System);
        FakeRepository remote;
        lock (server.State.Gate)
        {
            server.State.PersonalAccessTokens.Add(Token);
            remote = server.State.AddRepository("acme", "ledger");
        }

        var plan = temp.Write("PLAN.md", PlanMarkdownWriter.Write(SamplePlans.Build("Ledger", ("Foundation", 1))));
        var environment = new Dictionary<string, string> { ["GITHUB_TOKEN"] = Token, ["PLANBOT_GITHUB_API_URL"] = server.BaseAddress.ToString() };

        var dryRun = await RunAsync(["sync", plan, "--repo", "acme/ledger", "--dry-run", "--today", Today], environment);
        var synced = await RunAsync(["sync", plan, "--repo", "acme/ledger", "--today", Today], environment);
        var again = await RunAsync(["sync", plan, "--repo", "acme/ledger", "--today", Today], environment);
        var missing = await RunAsync(["sync", plan, "--repo", "acme/missing", "--today", Today], environment);

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("create-milestone:milestone:1 \"Phase 1: Foundation\"", dryRun.Out, StringComparison.Ordinal);
        Assert.True(synced.ExitCode == 0, synced.Error);
        Assert.Equal(dryRun.Out, synced.Out);
        lock (server.State.Gate)
        {
            Assert.Single(remote.Milestones);
            Assert.Contains(remote.Issues.Values, i => i.Title == "Week 1: Feature 001");
        }

        Assert.Equal((0, string.Empty, "planbot: acme/ledger already matches the plan\n"), (again.ExitCode, again.Out, again.Error));
        Assert.Equal((1, "planbot: GitHub has no repository acme/missing, or GITHUB_TOKEN cannot see it (404)\n"), (missing.ExitCode, missing.Error));
    }

    [ToolFact]
    public async Task Serve_takes_a_pull_request_from_webhook_to_committed_plan()
    {
        await using var server = await FakeGitHubServer.StartAsync(TimeProvider.System);
        FakeRepository repository;
        FakeIssue pull;
        lock (server.State.Gate)
        {
            server.State.PersonalAccessTokens.Add(Token);
            repository = server.State.AddRepository("lerian", "reconciliation");
            repository.WriteFile("README.md", "# Reconciliation\n");
            repository.CreateBranch("docs");
            repository.WriteFile("docs/pre-development-docs/PRD.md", File.ReadAllText(Path.Join(Sample, "PRD.md")), "docs");
            repository.WriteFile("docs/pre-development-docs/TRD.md", File.ReadAllText(Path.Join(Sample, "TRD.md")), "docs");
            repository.AddCollaborator("ana", "write");
            pull = repository.OpenPullRequest("ana", "docs", "PRD and TRD");
        }

        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["PlanBot__WebhookSecret"] = WebhookRequests.Secret,
            ["PlanBot__GitHub__Token"] = Token,
            ["PlanBot__GitHub__ApiUrl"] = server.BaseAddress.ToString(),
            ["PlanBot__Storage__QueueName"] = "tool" + Guid.NewGuid().ToString("N"),
            ["PlanBot__Queue__PollInterval"] = "00:00:00.200",
        };
        using var serve = Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--storage", azurite.ConnectionString], environment);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        serve.OutputDataReceived += (_, line) => log.Enqueue(line.Data ?? string.Empty);
        serve.ErrorDataReceived += (_, line) => log.Enqueue(line.Data ?? string.Empty);
        serve.BeginOutputReadLine();
        serve.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await UntilAsync(async () => (await TryGetAsync(client, "/api/health")) == HttpStatusCode.OK, serve, log, "the health endpoint answered");

            var opened = await client.SendAsync(WebhookRequests.Signed("pull_request", WebhookRequests.NewDeliveryId(), JourneyPayloads.PullRequest("opened", repository, pull, 1, "ana", DateTimeOffset.UtcNow)));
            Assert.True(opened.StatusCode == HttpStatusCode.Accepted, $"{opened.StatusCode}:\n{string.Join('\n', log)}");
            await UntilAsync(() => Task.FromResult(Comments(server, repository).Any(c => c.Body.StartsWith(ScopingCommentRenderer.Marker, StringComparison.Ordinal))), serve, log, "the scoping comment was posted");

            FakeComment reply;
            lock (server.State.Gate)
            {
                var now = DateTimeOffset.UtcNow;
                reply = new FakeComment { Id = server.State.NextId(), IssueNumber = pull.Number, Author = "ana", CreatedAt = now, UpdatedAt = now, Body = "team.size: 2\n/planbot generate\n" };
                repository.Comments[reply.Id] = reply;
            }

            var answered = await client.SendAsync(WebhookRequests.Signed("issue_comment", WebhookRequests.NewDeliveryId(), JourneyPayloads.Comment("created", repository, pull.Number, reply, 1, "ana")));
            Assert.True(answered.StatusCode == HttpStatusCode.Accepted, $"{answered.StatusCode}:\n{string.Join('\n', log)}");
            await UntilAsync(() => Task.FromResult(PlanOnBranch(server, repository) is not null), serve, log, "the plan was committed");
            Assert.StartsWith("# Implementation Plan: Payments Reconciliation Plugin\n", PlanOnBranch(server, repository), StringComparison.Ordinal);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    private static List<FakeComment> Comments(FakeGitHubServer server, FakeRepository repository)
    {
        lock (server.State.Gate)
        {
            return [.. repository.Comments.Values];
        }
    }

    private static string? PlanOnBranch(FakeGitHubServer server, FakeRepository repository)
    {
        lock (server.State.Gate)
        {
            return repository.ReadFile(RepositoryConfig.Default.PlanPath, "docs");
        }
    }

    private static async Task<HttpStatusCode?> TryGetAsync(HttpClient client, string path)
    {
        try
        {
            return (await client.GetAsync(path)).StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, Process process, IEnumerable<string> log, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.False(process.HasExited, $"planbot serve exited before {what}:\n{string.Join('\n', log)}");
            Assert.True(DateTime.UtcNow < deadline, $"{what}: not within {Patience}:\n{string.Join('\n', log)}");
            await Task.Delay(100);
        }
    }

    private static async Task<CliResult> RunAsync(string[] args, Dictionary<string, string> environment)
    {
        using var process = Start(args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    private static Process Start(string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(ToolFactAttribute.Path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{ToolFactAttribute.Path} did not start");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
