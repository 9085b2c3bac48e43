using Microsoft.Extensions.Options;

namespace PlanBot.GitHub.Webhooks;

/// <summary>Fails closed: with no secret the host does not start, rather than accept deliveries anyone could forge.</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.WebhookSecret))
        {
            failures.Add(
                "PlanBot:WebhookSecret (environment variable PlanBot__WebhookSecret) is not set. PlanBot refuses to start "
                + "without the GitHub App's webhook secret, because it could not tell real deliveries from forged ones.");
        }
        else if (KeyVaultReference.IsUnresolved(options.WebhookSecret))
        {
            // Used as the HMAC key, the reference text would let anyone who can read the settings forge deliveries.
            failures.Add(KeyVaultReference.Failure("PlanBot:WebhookSecret"));
        }

        if (options.WebhookMaxPayloadBytes is <= 0 or > WebhookOptions.DefaultMaxPayloadBytes)
        {
            failures.Add($"PlanBot:WebhookMaxPayloadBytes must be between 1 and {WebhookOptions.DefaultMaxPayloadBytes} (GitHub's cap).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
