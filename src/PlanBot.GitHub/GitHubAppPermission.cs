using PlanBot.Core;

namespace PlanBot.GitHub;

/// <summary>
/// One repository permission of the GitHub App, with the REST endpoints ("METHOD /path" as in GitHub's
/// OpenAPI description) that PlanBot calls and that need it.
/// </summary>
public sealed record GitHubAppPermission(string Name, GitHubAccessLevel Access, ValueList<string> Endpoints)
{
    /// <summary>The access as the manifest's <c>default_permissions</c> writes it.</summary>
    public string ManifestAccess => Access switch
    {
        GitHubAccessLevel.Read => "read",
        GitHubAccessLevel.Write => "write",
        _ => throw new InvalidOperationException($"Unknown access level {Access}."),
    };
}
