using PlanBot.Core.Tests.Telemetry;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PlanBot.GitHub;
using PlanBot.GitHub.Http;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>
/// PlanBot's real GitHub pipeline (<see cref="GitHubHttpPipeline"/>) over a <see cref="ScriptedGitHub"/> transport, on a
/// <see cref="FakeTimeProvider"/> that moves forward while requests wait.
/// </summary>
public sealed class PipelineHarness : IDisposable
{
    public const long Installation = 7;

    private readonly ServiceProvider services;
    private readonly GitHubHttpPipeline pipeline;
    private readonly List<HttpClient> clients = [];

    public PipelineHarness(
        Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>>? answer = null, GitHubRetryPolicy? policy = null, GitHubWriteLimits? limits = null)
    {
        GitHub = answer is null ? ScriptedGitHub.Ok(Time) : new ScriptedGitHub(Time, answer);
        services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        Metrics = new RecordedMeasurements(meters);
        pipeline = new GitHubHttpPipeline(
            new SingleTransport(GitHub),
            new GitHubThrottles(limits ?? GitHubWriteLimits.GitHub, Time),
            policy ?? GitHubRetryPolicy.Default,
            Time,
            new GitHubMetrics(meters),
            NullLoggerFactory.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public ScriptedGitHub GitHub { get; }

    public RecordedMeasurements Metrics { get; }

    /// <summary>A new client of the installation (clients of one installation share its limits).</summary>
    public HttpClient NewClient(long installation = Installation)
    {
        var client = new HttpClient(pipeline.Create(new FixedCredential("token"), installation, paceWrites: true))
        {
            BaseAddress = new Uri("https://api.github.test/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        clients.Add(client);
        return client;
    }

    /// <summary>Sends one request while the fake clock runs.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpClient? client = null) =>
        FakeClock.RunAsync(Time, (client ?? NewClient()).SendAsync(new HttpRequestMessage(method, path)));

    public void Dispose()
    {
        foreach (var client in clients)
        {
            client.Dispose();
        }

        Metrics.Dispose();
        services.Dispose();
    }
}
