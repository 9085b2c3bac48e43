using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Week 1 of a project that is not a new service: a library sets up its public API and a compatibility check, a
/// change to an existing service works behind a flag in what exists, a tool gets its command line, an app its shell.
/// None of them gets a service skeleton or containers.
/// </summary>
internal static class Foundations
{
    public static WorkDraft For(ProjectKindDecision kind, string? gates)
    {
        var (name, tasks, deliverable, criterion) = kind.Kind switch
        {
            ProjectKind.Library => (
                "Library set-up: public API and compatibility",
                new[] { "Public API of the change written down and reviewed: types, functions, errors and defaults", "API-compatibility check in CI, so existing callers keep compiling", "Versioning and changelog for the release" },
                "Public API reviewed and the compatibility check merged",
                "Existing callers build and pass their tests against the change unchanged"),
            ProjectKind.Tool => (
                "Tool set-up: command-line skeleton",
                ["Command-line entry point: flags, help text and exit codes", "Release build of the tool for the platforms it runs on"],
                "Command-line skeleton and CI merged",
                "`--help` lists every flag, and the tool exits non-zero on bad input"),
            ProjectKind.App => (
                "App shell and platform set-up",
                ["App shell: entry point, navigation and settings", "Signing and a build testers can install"],
                "App shell and CI merged",
                "A build installs and starts on a test device"),
            _ => (
                "Change set-up in the existing service",
                ["The change behind a feature flag in the existing service, off by default", "The existing service's tests, local environment and deployment reused as they are"],
                "Feature flag and CI for the change merged",
                "The existing test suite passes with the change in place and the flag off"),
        };
        var item = new WorkDraft("foundation", WorkKind.Foundation, name, new WorkTrigger(kind.Where)) { Hours = Estimates.Foundation };
        item.Tasks.Add(Pipeline(gates));
        item.Tasks.AddRange(tasks);
        item.Deliverables.Add(deliverable);
        item.Criteria.Add(Gated(gates));
        item.Criteria.Add(criterion);
        return item;
    }

    /// <summary>The CI task every project starts with, enforcing the quality gates when the team named them.</summary>
    public static string Pipeline(string? gates) =>
        gates is null ? "Repository, build and CI pipeline running the tests on every pull request" : $"Repository, build and CI pipeline enforcing the quality gates: {gates}";

    public static string Gated(string? gates) =>
        gates is null ? "CI runs the tests on every pull request" : $"CI blocks a pull request that fails a quality gate ({gates})";
}
