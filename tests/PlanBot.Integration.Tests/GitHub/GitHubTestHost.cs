using PlanBot.Core.Tests.Telemetry;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core.Ports;
using PlanBot.GitHub;
using PlanBot.GitHub.Http;
using PlanBot.Integration.Tests.FakeGitHub;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>
/// PlanBot's GitHub services as the hosts register them (<c>AddPlanBotGitHub</c>), authenticating as a test App that
/// the fake GitHub knows, against <c>apiUrl</c> (the fake, or Prism in front of it).
/// </summary>
public sealed class GitHubTestHost : IAsyncDisposable
{
    public const string AppId = "424242";

    private static readonly Lazy<RSA> Key = new(() => RSA.Create(2048));

    private readonly ServiceProvider services;

    private GitHubTestHost(ServiceProvider services)
    {
        this.services = services;
        Metrics = new RecordedMeasurements(services.GetRequiredService<IMeterFactory>());
    }

    public static RSA AppKey => Key.Value;

    public IPullRequestGitHub GitHub => services.GetRequiredService<IPullRequestGitHub>();

    public IGitHubInstallationClients Clients => services.GetRequiredService<IGitHubInstallationClients>();

    public RecordedMeasurements Metrics { get; }

    public T Service<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>
    /// Registers the test App and <paramref name="installationId"/> with <paramref name="server"/> and builds the services.
    /// Writes are paced by <paramref name="limits"/> (GitHub's by default).
    /// </summary>
    public static GitHubTestHost Create(
        FakeGitHubServer server, Uri apiUrl, long installationId, TimeProvider? time = null, GitHubWriteLimits? limits = null, GitHubRetryPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        AppEndpoints.RegisterApp(server.State, AppId, AppKey);
        lock (server.State.Gate)
        {
            server.State.Installations.Add(installationId);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PlanBot:GitHub:ApiUrl"] = apiUrl.ToString(),
            ["PlanBot:GitHub:AppId"] = AppId,
            ["PlanBot:GitHub:PrivateKey"] = AppKey.ExportRSAPrivateKeyPem(),
        }).Build();
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        if (limits is not null)
        {
            services.AddSingleton(limits);
        }

        if (policy is not null)
        {
            services.AddSingleton(policy);
        }

        services.AddPlanBotGitHub(configuration);
        return new GitHubTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        await services.DisposeAsync();
    }
}
