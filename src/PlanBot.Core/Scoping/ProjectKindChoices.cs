using PlanBot.Core.Documents;

namespace PlanBot.Core.Scoping;

/// <summary>The choices of the <c>scope.kind</c> question: the key people type for each kind of project, and its label.</summary>
internal static class ProjectKindChoices
{
    private static readonly (ProjectKind Kind, string Key, string Label)[] All =
    [
        (ProjectKind.NewService, "service", "A new service, deployed and operated by the team"),
        (ProjectKind.ServiceChange, "change", "A change to a service that exists, behind its current deployment"),
        (ProjectKind.Library, "library", "A library or SDK, released to its callers"),
        (ProjectKind.Tool, "tool", "A command-line tool, released as binaries"),
        (ProjectKind.App, "app", "A mobile or desktop app, released to its testers or store"),
    ];

    public static IEnumerable<QuestionChoice> For(ProjectKind detected) =>
        All.Select(c => new QuestionChoice(c.Key, c.Label, c.Kind == detected));

    public static string Key(ProjectKind kind) => All.First(c => c.Kind == kind).Key;

    public static ProjectKind? Kind(string key) =>
        All.Where(c => string.Equals(c.Key, key.Trim(), StringComparison.OrdinalIgnoreCase)).Select(c => (ProjectKind?)c.Kind).FirstOrDefault();
}
