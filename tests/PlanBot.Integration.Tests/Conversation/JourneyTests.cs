using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core.Conversation.Comments;
using PlanBot.Core.Ports;
using PlanBot.Core.Scoping;
using PlanBot.Core.Tests.Conversation.Fakes;
using PlanBot.Core.Tests.Scoping;
using PlanBot.GitHub.Http;
using PlanBot.Integration.Tests.FakeGitHub;
using PlanBot.Integration.Tests.GitHub;
using PlanBot.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PlanBot.Integration.Tests.Conversation;

/// <summary>
/// The whole pull-request journey over real HTTP: <c>planbot serve</c> (Kestrel, Azurite queue and tables, the real
/// analyser, planner and renderer) against the fake GitHub behind Prism. A pull request adds the sample PRD and TRD;
/// PlanBot asks; three replies answer in three forms; PlanBot commits the plan and summarises it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class JourneyTests(AzuriteFixture azurite, JourneyFixture github, ITestOutputHelper output) : IClassFixture<JourneyFixture>
{
    private const long Installation = 31337;
    private const string Author = "ana";
    private const string Branch = "docs/payments-reconciliation";
    private const string PlanPath = "docs/pre-development-docs/IMPLEMENTATION_PLAN.md";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The fewest GitHub requests this journey can be done in. Opened: the configuration, the PRD and the TRD at the
    /// head, the PRD at the base (does the pull request touch the documents?), the scoping comment, the status (6).
    /// Replies one and two: the scoping comment updated (1 + 1). Reply three: 👀 on the command, the commenter's
    /// permission (a plan is about to be written), the PRD and TRD again (nothing stores 10 MB of documents between
    /// deliveries), the plan file on the branch (a human edit must not be overwritten), the commit, the scoping comment,
    /// the summary comment, the status (9). The App's installation token (1) comes on top.
    /// </summary>
    private const int MinimumRequests = 6 + 1 + 1 + 9;

    [Fact]
    public async Task Pull_request_to_committed_plan_in_three_replies_of_three_forms()
    {
        var repository = github.Server.State.AddRepository("lerian", "reconciliation");
        repository.WriteFile("README.md", "# Reconciliation\n");
        repository.CreateBranch(Branch);
        repository.WriteFile("docs/pre-development-docs/PRD.md", Sample("PRD.md"), Branch);
        repository.WriteFile("docs/pre-development-docs/TRD.md", Sample("TRD.md"), Branch);
        repository.AddCollaborator(Author, "write");
        var pull = repository.OpenPullRequest(Author, Branch, "PRD and TRD for the reconciliation plugin");
        AppEndpoints.RegisterApp(github.Server.State, GitHubTestHost.AppId, GitHubTestHost.AppKey);
        lock (github.Server.State.Gate)
        {
            github.Server.State.Installations.Add(Installation);
        }

        var publisher = new RecordingPublishScheduler();
        await using var host = await ServeTestHost.StartAsync(
            azurite.ConnectionString,
            configure: services =>
            {
                services.AddSingleton<TimeProvider>(github.Clock);
                services.AddSingleton<IPublishScheduler>(publisher);
                services.AddSingleton(new GitHubWriteLimits(TimeSpan.FromMilliseconds(20), 80, 500));
                services.AddHttpClient(GitHubHttpPipeline.TransportName).AddHttpMessageHandler(() => new ContentsBypass(github.Server.BaseAddress));
            },
            settings: new Dictionary<string, string>
            {
                ["PlanBot:GitHub:Token"] = string.Empty,
                ["PlanBot:GitHub:ApiUrl"] = github.Prism.BaseAddress.ToString(),
                ["PlanBot:GitHub:AppId"] = GitHubTestHost.AppId,
                ["PlanBot:GitHub:PrivateKey"] = GitHubTestHost.AppKey.ExportRSAPrivateKeyPem(),
                ["Logging:LogLevel:Default"] = "Trace",
            });
        var counts = new List<(string Step, int Requests)>();

        // 1. The pull request is opened: one scoping comment, a pending status.
        await DeliverAsync(host, "pull_request", JourneyPayloads.PullRequest("opened", repository, pull, Installation, Author, github.Clock.GetUtcNow()), counts, "opened");
        var scoping = Assert.Single(BotComments(repository));
        Assert.StartsWith(ScopingCommentRenderer.Marker, scoping.Body, StringComparison.Ordinal);
        GoldenFile.AssertMatches("journey-1-scoping.md", scoping.Body);
        Assert.Equal(("pending", "PlanBot"), Status(repository));

        // 2. Three replies in three forms.
        await ReplyAsync(host, repository, pull, "Our team:\n\n```yaml\nteam.size: 3 backend + 1 QA\nteam.hours_per_week: 30 hours per person\n```\n", counts, "fill-in block");
        await ReplyAsync(host, repository, pull, "> **⬜ `timeline.start_date`** (required) — When does development start? _e.g. `2027-01-04` or `next Monday`_\n\n2027-01-04\n", counts, "quote reply");
        Assert.Null(repository.ReadFile(PlanPath, Branch));
        await ReplyAsync(host, repository, pull, "/planbot answer scope.mvp FR-001, FR-002, FR-003, FR-004, FR-006, FR-010\n", counts, "command");

        // 3. The plan is committed to the pull request's branch in one commit, and summarised.
        var plan = repository.ReadFile(PlanPath, Branch);
        Assert.NotNull(plan);
        GoldenFile.AssertMatches("journey-3-plan.md", plan);
        lock (github.Server.State.Gate)
        {
            Assert.Single(repository.Commits.Values, c => c.Message.Contains("implementation plan (PlanBot)", StringComparison.Ordinal));
        }

        var comments = BotComments(repository);
        Assert.Equal(2, comments.Count);
        Assert.Equal(scoping.Id, comments[0].Id);
        GoldenFile.AssertMatches("journey-2-scoping-answered.md", comments[0].Body);
        GoldenFile.AssertMatches("journey-4-summary.md", comments[1].Body);
        Assert.Equal(("success", "PlanBot"), Status(repository));
        Assert.Contains(repository.Reactions, r => r.Content == "eyes");
        Assert.Empty(publisher.Requests); // nothing is published before the pull request merges

        // Every request GitHub's description allows (Prism), and every request the fake answered, the contents calls
        // Prism cannot route and the query strings included, checked against it here.
        Assert.Equal(string.Empty, PrismViolations(repository));
        Assert.Empty(TrafficViolations(repository));
        // The logs of the whole journey, every category down to Trace: each PlanBot line names its delivery, and no line
        // holds the webhook secret, the App's private key or an installation token GitHub issued.
        string[] tokens;
        lock (github.Server.State.Gate)
        {
            tokens = [.. github.Server.State.IssuedTokens];
        }

        Assert.NotEmpty(tokens);
        var keyBody = GitHubTestHost.AppKey.ExportRSAPrivateKeyPem().Split('\n')[1];
        var leaks = LogLeaks.Find(host.Logs.Entries, [WebhookRequests.Secret, keyBody, .. tokens]);
        Assert.True(leaks.Count == 0, "Secrets in the log:\n" + string.Join('\n', leaks));
        Assert.All(
            host.Logs.Entries.Where(e => e.Category.StartsWith("PlanBot.", StringComparison.Ordinal)),
            line => Assert.True(line.Scope.ContainsKey("DeliveryId") || line.Values.ContainsKey("DeliveryId"), $"{line.Category} {line.EventId} names no delivery: {line.Message}"));

        var total = counts.Sum(c => c.Requests);
        output.WriteLine($"GitHub requests: {string.Join(", ", counts.Select(c => $"{c.Step} {c.Requests}"))}; total {total}, minimum {MinimumRequests} (+1 installation token)");
        Assert.InRange(total, MinimumRequests, MinimumRequests + 1);
    }

    private async Task ReplyAsync(ServeTestHost host, FakeRepository repository, FakeIssue pull, string body, List<(string, int)> counts, string step)
    {
        FakeComment comment;
        lock (github.Server.State.Gate)
        {
            var now = github.Clock.GetUtcNow();
            comment = new FakeComment { Id = github.Server.State.NextId(), IssueNumber = pull.Number, Author = Author, CreatedAt = now, UpdatedAt = now, Body = body };
            repository.Comments[comment.Id] = comment;
        }

        await DeliverAsync(host, "issue_comment", JourneyPayloads.Comment("created", repository, pull.Number, comment, Installation, Author), counts, step);
    }

    private async Task DeliverAsync(ServeTestHost host, string eventName, byte[] payload, List<(string, int)> counts, string step)
    {
        var before = RepositoryRequests();
        var delivery = WebhookRequests.NewDeliveryId();
        var response = await host.Client.SendAsync(WebhookRequests.Signed(eventName, delivery, payload));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var deadline = DateTime.UtcNow + Patience;
        while (!host.Logs.Entries.Any(e => e.EventId.Id is 1102 or 1104 && Equals(e.Values["DeliveryId"], delivery)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{step}: delivery {delivery} was not handled in {Patience}.\n{string.Join('\n', host.Logs.Entries.Select(e => e.Message))}");
            await Task.Delay(50);
        }

        Assert.DoesNotContain(host.Logs.Entries, e => e.EventId.Id is 1103 or 1104 && Equals(e.Values["DeliveryId"], delivery));
        counts.Add((step, RepositoryRequests() - before));
    }

    /// <summary>Requests to the repository's REST endpoints (the token request to <c>/app</c> is not one).</summary>
    private int RepositoryRequests() => github.Server.Log.Requests.Count(r => r.Path.StartsWith("/repos/", StringComparison.Ordinal));

    private List<FakeComment> BotComments(FakeRepository repository)
    {
        lock (github.Server.State.Gate)
        {
            return repository.Comments.Values.Where(c => c.Author == FakeGitHubState.BotLogin).OrderBy(c => c.Id).ToList();
        }
    }

    private (string State, string? Context) Status(FakeRepository repository)
    {
        lock (github.Server.State.Gate)
        {
            var head = repository.Branches[Branch];
            var status = repository.Statuses.Last(s => s.Sha == head);
            return (status.State, status.Context);
        }
    }

    private string PrismViolations(FakeRepository repository) =>
        string.Join('\n', github.Prism.Output.Split('\n').Where(line => line.Contains(repository.Name, StringComparison.Ordinal)
            && (line.Contains("Violation", StringComparison.OrdinalIgnoreCase) || line.Contains('✖', StringComparison.Ordinal))));

    private IEnumerable<string> TrafficViolations(FakeRepository repository) =>
        github.Server.Log.Requests
            .Where(r => r.Path.StartsWith($"/repos/{repository.FullName}/", StringComparison.Ordinal))
            .SelectMany(GitHubEndpointTemplates.Violations);

    private static string Sample(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "samples", "payments-reconciliation-plugin", file);
            if (File.Exists(path))
            {
                return File.ReadAllText(path, Encoding.UTF8);
            }
        }

        throw new FileNotFoundException($"samples/payments-reconciliation-plugin/{file} not found above {AppContext.BaseDirectory}.");
    }
}
