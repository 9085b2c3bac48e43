using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PlanBot.GitHub.Auth;

namespace PlanBot.GitHub;

/// <summary>Refuses to start with GitHub settings that could only fail later, on the first delivery.</summary>
public sealed class GitHubOptionsValidator : IValidateOptions<GitHubOptions>
{
    public ValidateOptionsResult Validate(string? name, GitHubOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.ApiUrl, UriKind.Absolute, out var apiUrl) || apiUrl.Scheme is not ("https" or "http"))
        {
            failures.Add(
                $"PlanBot:GitHub:ApiUrl (PlanBot__GitHub__ApiUrl) must be an absolute http(s) URL such as {GitHubOptions.DefaultApiUrl} "
                + "or https://HOST/api/v3 for GitHub Enterprise Server.");
        }

        var hasApp = !string.IsNullOrWhiteSpace(options.AppId) || !string.IsNullOrWhiteSpace(options.PrivateKey);
        if (options.UsesToken && hasApp)
        {
            failures.Add(
                "Set either PlanBot:GitHub:Token (a personal access token, for local development) or PlanBot:GitHub:AppId with "
                + "PlanBot:GitHub:PrivateKey (the GitHub App), not both.");
        }
        else if (!options.UsesToken)
        {
            failures.AddRange(AppFailures(options));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> AppFailures(GitHubOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AppId) && string.IsNullOrWhiteSpace(options.PrivateKey))
        {
            yield return "PlanBot cannot call GitHub: set PlanBot:GitHub:AppId and PlanBot:GitHub:PrivateKey (PlanBot__GitHub__AppId, "
                + "PlanBot__GitHub__PrivateKey) for the GitHub App, or PlanBot:GitHub:Token for local development.";
            yield break;
        }

        if (!IsAppId(options.AppId))
        {
            yield return "PlanBot:GitHub:AppId must be the GitHub App's numeric id or its client id (Iv…), as shown on the App's settings page.";
        }

        if (string.IsNullOrWhiteSpace(options.PrivateKey))
        {
            yield return "PlanBot:GitHub:PrivateKey is not set: give the App's private key as PEM text (-----BEGIN RSA PRIVATE KEY-----…).";
        }
        else if (KeyVaultReference.IsUnresolved(options.PrivateKey))
        {
            yield return KeyVaultReference.Failure("PlanBot:GitHub:PrivateKey");
        }
        else if (!IsRsaKey(options.PrivateKey))
        {
            // Never echo the value: it is a secret even when malformed.
            yield return "PlanBot:GitHub:PrivateKey is not an RSA private key in PEM format (-----BEGIN RSA PRIVATE KEY----- or "
                + "-----BEGIN PRIVATE KEY-----): download a new key from the App's settings page and paste the whole file.";
        }
    }

    private static bool IsAppId(string? appId) =>
        !string.IsNullOrWhiteSpace(appId)
        && ((long.TryParse(appId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0)
            || (appId.StartsWith("Iv", StringComparison.Ordinal) && appId.All(char.IsAsciiLetterOrDigit)));

    private static bool IsRsaKey(string pem)
    {
        try
        {
            using var rsa = GitHubPrivateKey.Import(pem);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
