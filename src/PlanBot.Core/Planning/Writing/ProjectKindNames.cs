using PlanBot.Core.Documents;

namespace PlanBot.Core.Planning.Writing;

/// <summary>How the plan names a kind of project.</summary>
internal static class ProjectKindNames
{
    public static string Of(ProjectKind kind) => kind switch
    {
        ProjectKind.ServiceChange => "a change to an existing service",
        ProjectKind.Library => "a library",
        ProjectKind.Tool => "a command-line tool",
        ProjectKind.App => "a mobile or desktop app",
        _ => "a new service",
    };
}
