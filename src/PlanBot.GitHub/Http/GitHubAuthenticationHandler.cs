using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using PlanBot.GitHub.Auth;

namespace PlanBot.GitHub.Http;

/// <summary>
/// Puts the credential's bearer token and the REST API version on every attempt. A 401 to a cached installation token
/// (revoked, or expired early) gets one more attempt with a new token.
/// </summary>
public sealed class GitHubAuthenticationHandler(IGitHubCredential credential, ILogger logger) : DelegatingHandler
{
    /// <summary>The REST API version PlanBot is written against.</summary>
    public const string ApiVersion = "2022-11-28";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("X-GitHub-Api-Version");
        request.Headers.Add("X-GitHub-Api-Version", ApiVersion);
        var token = await credential.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !credential.Reject(token))
        {
            return response;
        }

        GitHubLog.TokenRejected(logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty);
        response.Dispose();
        token = await credential.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
