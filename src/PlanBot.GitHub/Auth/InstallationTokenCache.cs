using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.GitHub.Http;

namespace PlanBot.GitHub.Auth;

/// <summary>
/// Installation access tokens (<c>POST /app/installations/{id}/access_tokens</c> as the App), kept per installation
/// until <see cref="RefreshMargin"/> before GitHub expires them. Concurrent callers for one installation wait for one
/// request rather than each asking for a token.
/// </summary>
public sealed class InstallationTokenCache : IDisposable
{
    /// <summary>A token is replaced this long before it expires, so a call started with it does not outlive it.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    /// <summary>The throttle of the App's own requests (installation ids are positive).</summary>
    public const long AppThrottleKey = 0;

    private readonly ConcurrentDictionary<long, InstallationToken> tokens = new();
    private readonly ConcurrentDictionary<long, SemaphoreSlim> gates = new();
    private readonly Lazy<HttpClient> app;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    public InstallationTokenCache(
        IOptions<GitHubOptions> options, GitHubHttpPipeline pipeline, GitHubAppJwt jwt, TimeProvider time, ILogger<InstallationTokenCache> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseAddress = options.Value.BaseAddress();
        app = new Lazy<HttpClient>(() => new HttpClient(pipeline.Create(new AppJwtCredential(jwt), AppThrottleKey, paceWrites: false))
        {
            BaseAddress = baseAddress,

            // Each attempt has its own timeout in the pipeline; HttpClient's would also cut rate-limit waits.
            Timeout = Timeout.InfiniteTimeSpan,
        });
        this.time = time;
        this.logger = logger;
    }

    public async ValueTask<string> GetTokenAsync(long installationId, CancellationToken cancellationToken)
    {
        if (Fresh(installationId) is { } cached)
        {
            return cached.Value;
        }

        var gate = gates.GetOrAdd(installationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(installationId) is { } created)
            {
                return created.Value;
            }

            var token = await CreateAsync(installationId, cancellationToken).ConfigureAwait(false);
            tokens[installationId] = token;
            return token.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops <paramref name="token"/> if it is still the cached one; a new one will be asked for.</summary>
    public bool Forget(long installationId, string token)
    {
        if (tokens.TryGetValue(installationId, out var cached) && cached.Value == token)
        {
            tokens.TryRemove(KeyValuePair.Create(installationId, cached));
        }

        return true;
    }

    public void Dispose()
    {
        if (app.IsValueCreated)
        {
            app.Value.Dispose();
        }

        foreach (var gate in gates.Values)
        {
            gate.Dispose();
        }
    }

    private InstallationToken? Fresh(long installationId) =>
        tokens.TryGetValue(installationId, out var token) && time.GetUtcNow() < token.ExpiresAt - RefreshMargin ? token : null;

    private async Task<InstallationToken> CreateAsync(long installationId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Post, $"app/installations/{installationId.ToString(CultureInfo.InvariantCulture)}/access_tokens");
        request.Headers.Accept.ParseAdd("application/vnd.github+json");
        request.Headers.UserAgent.ParseAdd("PlanBot");
        using var response = await app.Value.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"GitHub refused an access token for installation {installationId}: {(int)response.StatusCode} {GitHubErrorMessage.Of(body)}",
                null,
                response.StatusCode);
        }

        using var json = JsonDocument.Parse(body);
        var token = new InstallationToken(
            json.RootElement.GetProperty("token").GetString() ?? throw new JsonException("The access token answer has no token."),
            json.RootElement.GetProperty("expires_at").GetDateTimeOffset());
        GitHubLog.TokenCreated(logger, installationId, token.ExpiresAt);
        return token;
    }
}
