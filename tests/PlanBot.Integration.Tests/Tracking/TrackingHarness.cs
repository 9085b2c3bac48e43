using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.GitHub;
using PlanBot.GitHub.Http;
using PlanBot.GitHub.Tracking;
using PlanBot.Integration.Tests.FakeGitHub;
using PlanBot.Integration.Tests.Infrastructure;

namespace PlanBot.Integration.Tests.Tracking;

/// <summary>
/// PlanBot's GitHub side (installation clients with their real pipeline, the tracking adapter, the executor) against the
/// fake GitHub over HTTP, all on one warped clock: GitHub's real pacing, in a hundredth of the time.
/// </summary>
public sealed class TrackingHarness : IAsyncDisposable
{
    public const string Token = "ghp_tracking_tests";

    public static readonly RepositoryRef Repository = new(42, "acme", "ledger");

    private TrackingHarness(FakeGitHubServer server, WarpTimeProvider clock, ServiceProvider services)
    {
        Server = server;
        Clock = clock;
        Services = services;
        Remote = server.State.AddRepository(Repository.Owner, Repository.Name);
    }

    public FakeGitHubServer Server { get; }

    public FakeRepository Remote { get; }

    public WarpTimeProvider Clock { get; }

    public ServiceProvider Services { get; }

    public ITrackingGitHub GitHub => Services.GetRequiredService<ITrackingGitHub>();

    /// <param name="configure">Registers what the test adds or replaces (a checkpoint store, the storage), after PlanBot's own.</param>
    public static async Task<TrackingHarness> StartAsync(Action<IServiceCollection, IConfiguration>? configure = null, IReadOnlyDictionary<string, string?>? settings = null, double warp = 100)
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

            // Warped, a second of real overhead is minutes: budgets in warped time would cut runs short at random.
            ["PlanBot:Tracking:RunBudget"] = "10:00:00",
            ["PlanBot:Tracking:Lease"] = "12:00:00",
        };
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
            .AddSingleton(GitHubRetryPolicy.Default with { AttemptTimeout = TimeSpan.FromMinutes(5) })
            .AddPlanBotGitHub(configuration)
            .AddPlanBotTracking(configuration);
        services.TryAddSingleton<IRunCheckpointStore, InMemoryCheckpointStore>();
        configure?.Invoke(services, configuration);
        return new TrackingHarness(server, clock, services.BuildServiceProvider());
    }

    public ChangeSetExecutor Executor() => Services.GetRequiredService<ChangeSetExecutor>();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
