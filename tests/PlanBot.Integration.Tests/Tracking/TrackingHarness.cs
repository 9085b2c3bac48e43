using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.Core.Tests.Planning;
using PlanBot.GitHub;
using PlanBot.GitHub.Http;
using PlanBot.GitHub.Tracking;
using PlanBot.GitHub.Webhooks;
using PlanBot.Integration.Tests.FakeGitHub;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Integration.Tests.Storage;
using PlanBot.Storage;

namespace PlanBot.Integration.Tests.Tracking;

/// <summary>
/// PlanBot's publishing and tracking as the hosts register them — installation clients with their real pipeline, the
/// tracking adapter, the executor, and with a storage connection the Azure tables, the queue and the job handlers —
/// against the fake GitHub over HTTP, all on one warped clock: GitHub's real pacing, in a hundredth of the time.
/// </summary>
public sealed class TrackingHarness : IAsyncDisposable
{
    public const string Token = "ghp_tracking_tests";

    public const string PlanPath = "docs/pre-development-docs/IMPLEMENTATION_PLAN.md";

    private TrackingHarness(FakeGitHubServer server, WarpTimeProvider clock, ServiceProvider services, RepositoryRef repository)
    {
        Server = server;
        Clock = clock;
        Services = services;
        Repository = repository;
        Remote = server.State.AddRepository(repository.Owner, repository.Name);
    }

    public FakeGitHubServer Server { get; }

    public FakeRepository Remote { get; }

    public RepositoryRef Repository { get; }

    public WarpTimeProvider Clock { get; }

    public ServiceProvider Services { get; }

    public ITrackingGitHub GitHub => Services.GetRequiredService<ITrackingGitHub>();

    /// <param name="storage">An Azurite connection string: the tables, the queue and the handlers; none keeps checkpoints in memory.</param>
    /// <param name="settings">Settings added to or replacing the harness's own.</param>
    /// <param name="configure">Registers what the test replaces, after PlanBot's own.</param>
    public static async Task<TrackingHarness> StartAsync(
        string? storage = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        GitHubRetryPolicy? policy = null,
        double warp = 100)
    {
        var clock = new WarpTimeProvider(new DateTimeOffset(2027, 1, 6, 9, 0, 0, TimeSpan.Zero), warp);
        var server = await FakeGitHubServer.StartAsync(clock);
        lock (server.State.Gate)
        {
            server.State.PersonalAccessTokens.Add(Token);
        }

        var values = new Dictionary<string, string?>
        {
            ["PlanBot:GitHub:ApiUrl"] = server.BaseAddress.ToString(),
            ["PlanBot:GitHub:Token"] = Token,
            ["PlanBot:WebhookSecret"] = WebhookRequests.Secret,

            // Warped, a second of real overhead is minutes: budgets in warped time would cut runs short at random.
            ["PlanBot:Tracking:RunBudget"] = "10:00:00",
            ["PlanBot:Tracking:Lease"] = "12:00:00",

            // The queue delays in real time (a second), the burst is judged in warped time.
            ["PlanBot:Tracking:QuietPeriod"] = "00:00:01",
            ["PlanBot:Tracking:MaxBurst"] = "10:00:00",
        };
        if (storage is not null)
        {
            values["PlanBot:Storage:ConnectionString"] = storage;
            values["PlanBot:Storage:QueueName"] = "t" + Guid.NewGuid().ToString("N");

            // Tables of its own: the daily check lists every published repository, and other tests publish too.
            values["PlanBot:Storage:PublicationsTable"] = "p" + Guid.NewGuid().ToString("N");
            values["PlanBot:Storage:RunsTable"] = "r" + Guid.NewGuid().ToString("N");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)

            // A timeout of 30 warped seconds is 0.3 real ones, less than a loaded test machine may need for an answer.
            .AddSingleton(policy ?? GitHubRetryPolicy.Default with { AttemptTimeout = TimeSpan.FromMinutes(5) })
            .AddPlanBotGitHub(configuration)
            .AddPlanBotTracking(configuration);
        if (storage is not null)
        {
            services.AddPlanBotStorage(configuration).AddPlanBotWebhooks(configuration);
        }
        else
        {
            services.TryAddSingleton<IRunCheckpointStore, InMemoryCheckpointStore>();
        }

        configure?.Invoke(services);
        var repository = new RepositoryRef(StorageTestContext.NewInstallationId(), "acme", "ledger");
        return new TrackingHarness(server, clock, services.BuildServiceProvider(), repository);
    }

    public ChangeSetExecutor Executor() => Services.GetRequiredService<ChangeSetExecutor>();

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Commits <paramref name="plan"/> as Markdown to the default branch, where publishing reads it.</summary>
    public void PutPlan(PlanDocument plan) => Remote.WriteFile(PlanPath, PlanMarkdownWriter.Write(plan));

    public Task PublishAsync() =>
        Service<IPublishScheduler>().ScheduleAsync(new PublishRequest(Repository, "pull request merged", "octocat", "d-merge"), CancellationToken.None);

    /// <summary>What a person does in the browser: changes an issue on GitHub, then GitHub sends <c>issues</c> <paramref name="action"/>.</summary>
    public async Task PersonChangesIssueAsync(int number, string action, Action<FakeIssue> change, string senderType = "User")
    {
        JsonObject payload;
        lock (Server.State.Gate)
        {
            var issue = Remote.Issues[number];
            var before = issue.Body;
            change(issue);
            // The package has no issues.closed example; reopened has the same shape, and action and state are set below.
            payload = JsonNode.Parse(WebhookExamples.Get("issues", action == "closed" ? "reopened" : action))!.AsObject();
            payload["action"] = action;
            payload["installation"] = new JsonObject { ["id"] = Repository.InstallationId };
            payload["repository"]!["full_name"] = Repository.FullName;
            payload["repository"]!["name"] = Repository.Name;
            payload["sender"]!["type"] = senderType;
            payload["sender"]!["login"] = senderType == "Bot" ? FakeGitHubState.BotLogin : "octocat";
            payload["issue"]!["number"] = issue.Number;
            payload["issue"]!["body"] = issue.Body;
            payload["issue"]!["state"] = issue.State;
            payload["issue"]!.AsObject().Remove("pull_request");
            payload["changes"] = action == "edited" ? new JsonObject { ["body"] = new JsonObject { ["from"] = before } } : null;
        }

        var delivery = WebhookRequests.NewDeliveryId();
        using var document = System.Text.Json.JsonDocument.Parse(payload.ToJsonString());
        await Service<IWebhookQueue>().EnqueueAsync(
            new WebhookEvent(delivery, "issues", action, Repository.InstallationId, Repository.FullName, document.RootElement.Clone()), CancellationToken.None);
    }

    /// <summary>
    /// What the Functions queue trigger does, until the queue is empty (delayed messages included): each message to the
    /// processor; a failed one back to the queue to be retried, up to the dequeue limit. Returns the messages handled.
    /// </summary>
    public async Task<int> DrainAsync(TimeSpan? timeout = null)
    {
        var resources = Service<StorageResources>();
        var processor = Service<WebhookMessageProcessor>();
        var deadline = Stopwatch.StartNew();
        var handled = 0;
        while (true)
        {
            var messages = (await resources.Queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5))).Value;
            if (messages.Length == 0)
            {
                if ((await resources.Queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0)
                {
                    return handled;
                }

                if (deadline.Elapsed > (timeout ?? TimeSpan.FromMinutes(2)))
                {
                    throw new TimeoutException($"The queue still holds messages after {deadline.Elapsed}.");
                }

                await Task.Delay(100);
                continue;
            }

            var message = messages[0];
            try
            {
                await processor.ProcessAsync(message.MessageText, message.MessageId, message.DequeueCount, CancellationToken.None);
            }
            catch (Exception) when (message.DequeueCount < processor.MaxDequeueCount)
            {
                await resources.Queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
                continue;
            }

            await resources.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            handled++;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
