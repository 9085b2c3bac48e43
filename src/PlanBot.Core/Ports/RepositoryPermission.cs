namespace PlanBot.Core.Ports;

/// <summary>A person's role on a repository, from the collaborator-permission endpoint (<c>role_name</c>), lowest first.</summary>
public enum RepositoryPermission
{
    None,
    Read,
    Triage,
    Write,
    Maintain,
    Admin,
}
