using Microsoft.Extensions.Options;

namespace PlanBot.GitHub.Webhooks;

/// <summary>Fails closed: with no secret the host does not start, rather than accept deliveries anyone could forge.</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    /// <summary>
    /// App Service leaves a Key Vault reference it cannot resolve in the setting as written. Its text names the vault
    /// and the secret, which is no secret at all, so a host using it as the HMAC key would accept forged deliveries.
    /// </summary>
    private const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.WebhookSecret))
        {
            failures.Add(
                "PlanBot:WebhookSecret (environment variable PlanBot__WebhookSecret) is not set. PlanBot refuses to start "
                + "without the GitHub App's webhook secret, because it could not tell real deliveries from forged ones.");
        }
        else if (options.WebhookSecret.TrimStart().StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(
                "PlanBot:WebhookSecret is a Key Vault reference that did not resolve (missing secret, missing Key Vault Secrets "
                + "User role, or wrong keyVaultReferenceIdentity). PlanBot refuses to use the reference text as the secret.");
        }

        if (options.WebhookMaxPayloadBytes is <= 0 or > WebhookOptions.DefaultMaxPayloadBytes)
        {
            failures.Add($"PlanBot:WebhookMaxPayloadBytes must be between 1 and {WebhookOptions.DefaultMaxPayloadBytes} (GitHub's cap).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
