using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanBot.GitHub;

namespace PlanBot.Integration.Tests.GitHub;

/// <summary>GitHub settings are checked when the host starts, with messages that say what to set (and never echo a key).</summary>
public sealed class GitHubOptionsTests
{
    private static readonly string Key = GitHubTestHost.AppKey.ExportRSAPrivateKeyPem();

    public static TheoryData<string?, string?, string?, string?, string> Invalid => new()
    {
        // ApiUrl, AppId, PrivateKey, Token, expected message fragment
        { null, null, null, null, "set PlanBot:GitHub:AppId and PlanBot:GitHub:PrivateKey" },
        { null, "42", Key, "ghp_local", "not both" },
        { null, "42", null, null, "PlanBot:GitHub:PrivateKey is not set" },
        { null, "forty-two", Key, null, "numeric id or its client id" },
        { null, "42", "-----BEGIN RSA PRIVATE KEY-----\nnot a key\n-----END RSA PRIVATE KEY-----", null, "not an RSA private key in PEM format" },
        { "api.github.com", null, null, "ghp_local", "must be an absolute http(s) URL" },
        { null, "42", "@Microsoft.KeyVault(SecretUri=https://planbot-kv.vault.azure.net/secrets/github-private-key/)", null, "PlanBot:GitHub:PrivateKey is a Key Vault reference that did not resolve" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_settings_stop_the_host_with_a_clear_message(string? apiUrl, string? appId, string? key, string? token, string expected)
    {
        using var services = Services(apiUrl, appId, key, token);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GitHubOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "42", true, null)]
    [InlineData("https://ghe.example.com/api/v3", "Iv23liABC", true, null)]
    [InlineData(null, null, false, "ghp_local")]
    public void App_or_token_settings_are_accepted(string? apiUrl, string? appId, bool withKey, string? token)
    {
        using var services = Services(apiUrl, appId, withKey ? Key : null, token);

        var options = services.GetRequiredService<IOptions<GitHubOptions>>().Value;

        Assert.Equal(token is not null, options.UsesToken);
        Assert.EndsWith("/", options.BaseAddress().ToString(), StringComparison.Ordinal);
        Assert.NotNull(services.GetRequiredService<IGitHubInstallationClients>().ForInstallation(1));
    }

    private static ServiceProvider Services(string? apiUrl, string? appId, string? key, string? token)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PlanBot:GitHub:ApiUrl"] = apiUrl,
            ["PlanBot:GitHub:AppId"] = appId,
            ["PlanBot:GitHub:PrivateKey"] = key,
            ["PlanBot:GitHub:Token"] = token,
        }.Where(pair => pair.Value is not null)).Build();
        return new ServiceCollection().AddLogging().AddPlanBotGitHub(configuration).BuildServiceProvider();
    }
}
