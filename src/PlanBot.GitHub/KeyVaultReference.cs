namespace PlanBot.GitHub;

/// <summary>
/// App Service leaves a Key Vault reference it cannot resolve (missing secret, missing Key Vault Secrets User role,
/// wrong <c>keyVaultReferenceIdentity</c>) in the setting as written. Its text names the vault and the secret, which is
/// no secret at all, so a setting holding it must stop the host rather than be used.
/// </summary>
public static class KeyVaultReference
{
    public static bool IsUnresolved(string? value) =>
        value is not null && value.TrimStart().StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);

    /// <summary>The start-up failure for <paramref name="setting"/>.</summary>
    public static string Failure(string setting) =>
        $"{setting} is a Key Vault reference that did not resolve (missing secret, missing Key Vault Secrets User role, "
        + "or wrong keyVaultReferenceIdentity). PlanBot refuses to use the reference text as its value.";
}
