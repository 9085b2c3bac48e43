using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PlanBot.GitHub;
using PlanBot.GitHub.Auth;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>The App's JWT: RS256 signed by its private key, iss the App, iat a minute back, exp ten minutes after iat.</summary>
public sealed class GitHubAppJwtTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("424242")]
    [InlineData("Iv23liABCdef")]
    public async Task The_jwt_is_signed_with_the_apps_key_and_carries_githubs_claims(string appId)
    {
        using var jwt = new GitHubAppJwt(Options(appId, GitHubTestHost.AppKey.ExportRSAPrivateKeyPem()), new FakeTimeProvider(Now));

        var token = jwt.Create();

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new RsaSecurityKey(GitHubTestHost.AppKey.ExportParameters(includePrivateParameters: false)),
            ValidIssuer = appId,
            ValidateAudience = false,
            ValidateLifetime = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        var parsed = (JsonWebToken)result.SecurityToken;
        Assert.Equal("RS256", parsed.Alg);
        Assert.Equal(Now.AddSeconds(-60).ToUnixTimeSeconds(), parsed.GetPayloadValue<long>("iat"));
        Assert.Equal(Now.AddMinutes(9).ToUnixTimeSeconds(), parsed.GetPayloadValue<long>("exp"));
        Assert.False(parsed.TryGetPayloadValue<long>("nbf", out _));
    }

    [Fact]
    public async Task A_key_from_an_environment_variable_with_literal_newlines_signs_too()
    {
        var flattened = GitHubTestHost.AppKey.ExportPkcs8PrivateKeyPem().Replace("\n", "\\n", StringComparison.Ordinal);
        using var jwt = new GitHubAppJwt(Options("1", flattened), new FakeTimeProvider(Now));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt.Create(), new TokenValidationParameters
        {
            IssuerSigningKey = new RsaSecurityKey(GitHubTestHost.AppKey.ExportParameters(includePrivateParameters: false)),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    private static IOptions<GitHubOptions> Options(string appId, string key) =>
        Microsoft.Extensions.Options.Options.Create(new GitHubOptions { AppId = appId, PrivateKey = key });
}
