namespace PlanBot.Core.Documents;

/// <summary>What the documents plan to build, which decides the foundation a plan starts with.</summary>
public enum ProjectKind
{
    /// <summary>A new service or plugin: a skeleton, its store and its deployment.</summary>
    NewService,

    /// <summary>A change inside a service that exists and is deployed.</summary>
    ServiceChange,

    /// <summary>A library, package or SDK other code calls.</summary>
    Library,

    /// <summary>A command-line tool or script.</summary>
    Tool,

    /// <summary>A mobile or desktop app.</summary>
    App,
}
