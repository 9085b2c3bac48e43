using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// POST /app/installations/{installation_id}/access_tokens, authenticated by the App's JWT: RS256 signature checked
/// with the App's public key, <c>iss</c> the App id, <c>exp</c> at most 10 minutes ahead and not passed, as GitHub does.
/// </summary>
public static class AppEndpoints
{
    public static void Map(IEndpointRouteBuilder routes, FakeGitHubState state)
    {
        routes.MapPost("/app/installations/{installationId:long}/access_tokens", async (HttpContext context, long installationId) =>
        {
            var failure = await JwtFailureAsync(state, FakeHttp.Token(context));
            if (failure is not null)
            {
                await FakeHttp.ErrorAsync(context, StatusCodes.Status401Unauthorized, failure);
                return;
            }

            string token;
            DateTimeOffset expiresAt;
            lock (state.Gate)
            {
                if (!state.Installations.Contains(installationId))
                {
                    token = string.Empty;
                    expiresAt = default;
                }
                else
                {
                    token = state.IssueToken(installationId, out expiresAt);
                }
            }

            if (token.Length == 0)
            {
                await FakeHttp.NotFoundAsync(context);
                return;
            }

            await FakeHttp.JsonAsync(context, GitHubShapes.InstallationToken(token, expiresAt), StatusCodes.Status201Created);
        });
    }

    private static async Task<string?> JwtFailureAsync(FakeGitHubState state, string? jwt)
    {
        if (state.App is not { } app)
        {
            return "The fake has no App registered.";
        }

        if (jwt is null)
        {
            return "A JSON web token could not be decoded";
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKey = new RsaSecurityKey(app.PublicKey),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = true,
        });
        if (!result.IsValid)
        {
            return "A JSON web token could not be decoded";
        }

        var token = (JsonWebToken)result.SecurityToken;
        var now = state.Time.GetUtcNow().ToUnixTimeSeconds();
        var issuedAt = token.GetPayloadValue<long>("iat");
        var expires = token.GetPayloadValue<long>("exp");
        return token.Issuer != app.AppId ? "Integration not found"
            : expires - now > 600 ? "'Expiration time' claim ('exp') is too far in the future"
            : expires <= now ? "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires"
            : issuedAt > now ? "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued"
            : null;
    }

    /// <summary>Registers the App (id and key pair) whose JWTs the fake accepts.</summary>
    public static void RegisterApp(FakeGitHubState state, string appId, RSA key)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(key);
        var publicKey = RSA.Create();
        publicKey.ImportParameters(key.ExportParameters(includePrivateParameters: false));
        lock (state.Gate)
        {
            state.App = (appId, publicKey);
        }
    }
}
