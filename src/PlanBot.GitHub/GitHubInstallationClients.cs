using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Octokit;
using Octokit.Internal;
using PlanBot.GitHub.Auth;
using PlanBot.GitHub.Http;

namespace PlanBot.GitHub;

/// <summary>One Octokit client per installation, built once over that installation's pipeline and kept.</summary>
public sealed class GitHubInstallationClients(
    IOptions<GitHubOptions> options, GitHubHttpPipeline pipeline, IInstallationCredentials credentials) : IGitHubInstallationClients, IDisposable
{
    private static readonly ProductHeaderValue Product = new("PlanBot");

    private readonly ConcurrentDictionary<long, Lazy<(GitHubClient Client, PipelineOctokitHttpClient Http)>> clients = new();
    private readonly Uri baseAddress = options.Value.BaseAddress();

    public IGitHubClient ForInstallation(long installationId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(installationId);
        return clients.GetOrAdd(installationId, id => new Lazy<(GitHubClient, PipelineOctokitHttpClient)>(() => Create(id))).Value.Client;
    }

    public void Dispose()
    {
        foreach (var client in clients.Values.Where(client => client.IsValueCreated))
        {
            client.Value.Http.Dispose();
        }
    }

    private (GitHubClient, PipelineOctokitHttpClient) Create(long installationId)
    {
        var http = new PipelineOctokitHttpClient(
            pipeline.Create(credentials.For(installationId), credentials.ThrottleKey(installationId), paceWrites: true));

        // Anonymous to Octokit: the pipeline authenticates each attempt, so a refreshed token is picked up mid-retry.
        // The response cache makes every re-read a conditional request.
        var connection = new Connection(Product, baseAddress, new InMemoryCredentialStore(Credentials.Anonymous), http, new SimpleJsonSerializer())
        {
            ResponseCache = new GitHubResponseCache(GitHubResponseCache.DefaultMaxChars),
        };
        return (new GitHubClient(connection), http);
    }
}
