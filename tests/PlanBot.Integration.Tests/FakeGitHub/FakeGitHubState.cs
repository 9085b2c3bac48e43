using System.Security.Cryptography;

namespace PlanBot.Integration.Tests.FakeGitHub;

/// <summary>
/// Everything the fake GitHub knows: repositories, installations and the tokens it issued, the App's public key for
/// checking JWTs, and personal access tokens it accepts. One lock (<see cref="Gate"/>) guards it all.
/// </summary>
public sealed class FakeGitHubState(TimeProvider time)
{
    public const string BotLogin = "planbot[bot]";
    public const string DeveloperLogin = "planbot-dev";

    private readonly Dictionary<string, FakeRepository> repositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (long InstallationId, DateTimeOffset ExpiresAt)> tokens = new(StringComparer.Ordinal);
    private long nextId = 1000;

    public TimeProvider Time => time;

    public Lock Gate { get; } = new();

    public HashSet<long> Installations { get; } = [];

    public HashSet<string> PersonalAccessTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>The App's id and public key; JWTs for the App endpoints are checked against them.</summary>
    public (string AppId, RSA PublicKey)? App { get; set; }

    /// <summary>How long an installation token lives (GitHub: an hour).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Every installation token issued so far (call under <see cref="Gate"/>): tests look for them in the logs.</summary>
    public IReadOnlyCollection<string> IssuedTokens => tokens.Keys;

    /// <summary>Installation tokens issued so far, per installation.</summary>
    public Dictionary<long, int> TokensIssued { get; } = [];

    public long NextId() => ++nextId;

    public FakeRepository AddRepository(string owner, string name, string defaultBranch = "main")
    {
        lock (Gate)
        {
            var repository = new FakeRepository(this, NextId(), owner, name, defaultBranch);
            repositories[repository.FullName] = repository;
            return repository;
        }
    }

    public FakeRepository? Repository(string owner, string name) => repositories.GetValueOrDefault($"{owner}/{name}");

    public string IssueToken(long installationId, out DateTimeOffset expiresAt)
    {
        var token = "ghs_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18));
        expiresAt = time.GetUtcNow() + TokenLifetime;
        tokens[token] = (installationId, expiresAt);
        TokensIssued[installationId] = TokensIssued.GetValueOrDefault(installationId) + 1;
        return token;
    }

    /// <summary>Revokes every installation token issued so far (GitHub answers 401 to them from now on).</summary>
    public void RevokeInstallationTokens()
    {
        lock (Gate)
        {
            tokens.Clear();
        }
    }

    /// <summary>The login a bearer token acts as, or null when it is unknown or expired.</summary>
    public string? LoginFor(string? token)
    {
        if (token is null)
        {
            return null;
        }

        if (PersonalAccessTokens.Contains(token))
        {
            return DeveloperLogin;
        }

        return tokens.TryGetValue(token, out var issued) && time.GetUtcNow() < issued.ExpiresAt ? BotLogin : null;
    }
}
