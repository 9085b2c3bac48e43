namespace PlanBot.GitHub;

/// <summary>
/// Bound from <c>PlanBot:GitHub</c> (environment <c>PlanBot__GitHub__…</c>). Either <see cref="AppId"/> and
/// <see cref="PrivateKey"/> (the GitHub App; production) or <see cref="Token"/> (a personal access token; local
/// development), never both.
/// </summary>
public sealed class GitHubOptions
{
    public const string SectionName = "PlanBot:GitHub";

    public const string DefaultApiUrl = "https://api.github.com";

    /// <summary>REST API base URL; GitHub Enterprise Server: <c>https://HOST/api/v3</c>.</summary>
    public string ApiUrl { get; set; } = DefaultApiUrl;

    /// <summary>The App's numeric id or its client id (<c>Iv…</c>): the <c>iss</c> of the App's JWT.</summary>
    public string? AppId { get; set; }

    /// <summary>The App's private key, PEM text (PKCS#1 or PKCS#8). A value with literal <c>\n</c> is accepted.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>A personal access token used for every installation instead of App authentication.</summary>
    public string? Token { get; set; }

    public bool UsesToken => !string.IsNullOrWhiteSpace(Token);

    /// <summary><see cref="ApiUrl"/> ending with a slash, so Octokit's relative endpoints keep its path (<c>/api/v3/</c>).</summary>
    public Uri BaseAddress() => new(ApiUrl.TrimEnd('/') + "/", UriKind.Absolute);
}
