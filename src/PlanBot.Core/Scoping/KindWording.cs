using PlanBot.Core.Documents;

namespace PlanBot.Core.Scoping;

/// <summary>
/// What the scoping questions say that depends on the kind of project: the examples and defaults a team building
/// that kind of thing would give. A library has no go-live and an app no API reference to keep current.
/// </summary>
internal static class KindWording
{
    /// <summary>"e.g. `2 Swift developers + 1 QA` or `3`": the roles of the team, in the language the documents name.</summary>
    public static string Team(ProjectKind kind, string? language) => kind switch
    {
        ProjectKind.Library or ProjectKind.Tool => $"e.g. `1 {Developers(language, "backend developer")} + 1 reviewer` or `2`",
        ProjectKind.App => $"e.g. `2 {Developers(language, "mobile developers")} + 1 designer` or `3`",
        _ => $"e.g. `3 {Developers(language, "backend")} + 1 QA` or `4`",
    };

    public static string Milestones(ProjectKind kind) => kind switch
    {
        ProjectKind.Library => "pre-releases, a caller's upgrade, a deprecation date",
        ProjectKind.Tool => "a beta release, a demo, a packaging deadline",
        ProjectKind.App => "a beta for testers, a store review, a launch event",
        ProjectKind.ServiceChange => "a demo, a freeze of the service it changes, an audit",
        _ => "demos, audits, the go-live",
    };

    public static string TestApproach(ProjectKind kind) => kind switch
    {
        ProjectKind.Library => "unit tests with 80% coverage, and tests of the public API as its callers use it",
        ProjectKind.Tool => "unit tests with 80% coverage, and end-to-end runs of every command",
        ProjectKind.App => "unit tests with 80% coverage, and UI tests of the main flows",
        _ => "unit and integration tests with 80% coverage, end-to-end tests for the main flows",
    };

    public static string QualityGates(ProjectKind kind) => "CI green; 80% test coverage; code review; security scan" + kind switch
    {
        ProjectKind.Library => "; no breaking change to the public API without a major version",
        ProjectKind.Tool => "; the binaries build for every supported platform",
        ProjectKind.App => "; the app builds and starts on a test device",
        _ => string.Empty,
    };

    public static string Documentation(ProjectKind kind, int endpoints) => kind switch
    {
        ProjectKind.Library => "README, usage examples and a changelog updated with every release",
        ProjectKind.Tool => "the help of every command and the README updated with every week's deliverables",
        ProjectKind.App => "README, architecture notes and release notes updated every week",
        _ => endpoints == 0 ? "README and architecture notes updated every week" : "API reference and README updated with every week's deliverables",
    };

    private static string Developers(string? language, string otherwise) => language is null ? otherwise : $"{language} developers";
}
