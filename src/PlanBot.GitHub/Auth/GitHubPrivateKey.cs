using System.Security.Cryptography;

namespace PlanBot.GitHub.Auth;

/// <summary>Reads the App's PEM key as configured: environment variables and Key Vault often carry it with literal <c>\n</c>.</summary>
public static class GitHubPrivateKey
{
    /// <summary>The RSA key in <paramref name="pem"/>; throws <see cref="ArgumentException"/> when it holds none.</summary>
    public static RSA Import(string pem)
    {
        var text = pem.Contains('\n', StringComparison.Ordinal) ? pem : pem.Replace("\\n", "\n", StringComparison.Ordinal);
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(text);
            return rsa;
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }
}
