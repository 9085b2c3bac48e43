using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PlanBot.GitHub.Auth;

/// <summary>
/// The App's own JWT (RS256, signed with its private key), which only asks for installation tokens. <c>iat</c> is a
/// minute in the past and <c>exp</c> ten minutes after it, as GitHub recommends against clock drift; GitHub refuses
/// an <c>exp</c> more than ten minutes ahead.
/// </summary>
public sealed class GitHubAppJwt : IDisposable
{
    public static readonly TimeSpan Backdate = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly RSA key;
    private readonly SigningCredentials signing;
    private readonly string issuer;
    private readonly TimeProvider time;
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public GitHubAppJwt(IOptions<GitHubOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        key = GitHubPrivateKey.Import(settings.PrivateKey ?? throw new InvalidOperationException("PlanBot:GitHub:PrivateKey is not set."));
        signing = new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256)
        {
            // The shared default factory caches signers by key material, so a second instance with the same key (a
            // restarted host in one process) would sign with this instance's disposed RSA.
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        // GitHub takes the App id or the client id (Iv…) as iss; a string either way, which every JWT library reads.
        issuer = settings.AppId ?? throw new InvalidOperationException("PlanBot:GitHub:AppId is not set.");
        this.time = time;
    }

    public string Create()
    {
        var issuedAt = time.GetUtcNow() - Backdate;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["iss"] = issuer,
                ["iat"] = issuedAt.ToUnixTimeSeconds(),
                ["exp"] = (issuedAt + Lifetime).ToUnixTimeSeconds(),
            },
            SigningCredentials = signing,
        });
    }

    public void Dispose() => key.Dispose();
}
