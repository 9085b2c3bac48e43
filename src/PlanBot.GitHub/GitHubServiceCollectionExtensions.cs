using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanBot.Core.Ports;
using PlanBot.GitHub.Auth;
using PlanBot.GitHub.Http;

namespace PlanBot.GitHub;

public static class GitHubServiceCollectionExtensions
{
    /// <summary>
    /// GitHub access from <c>PlanBot:GitHub</c> (validated at start): the per-installation Octokit clients
    /// (<see cref="IGitHubInstallationClients"/>), <see cref="IPullRequestGitHub"/>, App or token authentication, and the
    /// paced, rate-limit-aware, retrying HTTP pipeline. <see cref="GitHubWriteLimits"/> and <see cref="GitHubRetryPolicy"/>
    /// default to GitHub's numbers; a test may register its own first.
    /// </summary>
    public static IServiceCollection AddPlanBotGitHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GitHubOptions>().Bind(configuration.GetSection(GitHubOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GitHubOptions>, GitHubOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(GitHubWriteLimits.GitHub);
        services.TryAddSingleton(GitHubRetryPolicy.Default);
        services.AddMetrics();
        services.AddHttpClient(GitHubHttpPipeline.TransportName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Octokit follows redirects itself (and drops the token when the host changes).
                AllowAutoRedirect = false,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })

            // The pipeline holds its transport for the life of the client; the pooled connection lifetime renews DNS.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)

            .RemoveAllLoggers()
            .AddLogger<GitHubRequestLogger>();
        services.TryAddSingleton<GitHubRequestLogger>();
        services.AddSingleton<GitHubMetrics>();
        services.AddSingleton<GitHubThrottles>();
        services.AddSingleton<GitHubHttpPipeline>();
        services.AddSingleton<GitHubAppJwt>();
        services.AddSingleton<InstallationTokenCache>();
        services.AddSingleton<IInstallationCredentials>(provider =>
            provider.GetRequiredService<IOptions<GitHubOptions>>().Value.UsesToken
                ? ActivatorUtilities.CreateInstance<PersonalAccessTokenCredentials>(provider)
                : ActivatorUtilities.CreateInstance<AppInstallationCredentials>(provider));
        services.AddSingleton<IGitHubInstallationClients, GitHubInstallationClients>();
        services.AddSingleton<IPullRequestGitHub, OctokitPullRequestGitHub>();
        return services;
    }
}
