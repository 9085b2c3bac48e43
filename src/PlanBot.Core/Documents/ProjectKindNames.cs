namespace PlanBot.Core.Documents;

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

    /// <summary>What a task or criterion calls the thing being built ("a call succeeds from the library").</summary>
    public static string Subject(ProjectKind kind) => kind switch
    {
        ProjectKind.Library => "the library",
        ProjectKind.Tool => "the tool",
        ProjectKind.App => "the app",
        _ => "the service",
    };
}
