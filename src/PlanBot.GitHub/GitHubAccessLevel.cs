namespace PlanBot.GitHub;

/// <summary>Access a GitHub App asks for on one permission, as GitHub spells it in a manifest.</summary>
public enum GitHubAccessLevel
{
    Read,
    Write,
}
