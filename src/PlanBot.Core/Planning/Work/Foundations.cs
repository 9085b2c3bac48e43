using PlanBot.Core.Documents;
using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Scoping;

namespace PlanBot.Core.Planning.Work;

/// <summary>
/// Week 1 of a project that is not a new service: a library sets up its public API and a compatibility check, a
/// change to an existing service works behind a flag in what exists, a tool gets its command line, an app its shell.
/// None of them gets a service skeleton or containers; at the end, none is deployed: it is released (<see cref="Release"/>).
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
        var item = new WorkDraft("foundation", WorkKind.Foundation, name, WorkTrigger.Kind(kind)) { Hours = Estimates.Foundation };
        item.Tasks.Add(Pipeline(gates));
        item.Tasks.AddRange(tasks);
        item.Deliverables.Add(deliverable);
        item.Criteria.Add(Gated(gates));
        item.Criteria.Add(criterion);
        return item;
    }

    /// <summary>
    /// What takes the place of deployment for a project that is not deployed: a library is versioned and published
    /// for its callers, a tool is built for the platforms it runs on, an app goes to its testers or its store. Before
    /// it goes out, the release candidate is checked against the success criteria (<see cref="CrossCuttingItems.Ready"/>),
    /// as a service is before go-live. A release answer other than the default adds how the team agreed to release.
    /// </summary>
    public static WorkDraft Release(PlanInputs inputs, PlanAnswers answers, IReadOnlyList<NonFunctionalBlock> requirements)
    {
        var kind = inputs.Kind;
        var (tasks, deliverable, criterion) = kind.Kind switch
        {
            ProjectKind.Library => (
                new[] { "Version number by the compatibility rules: a minor version for an additive change", "Changelog and upgrade notes for callers", "Tag and publish the release" },
                "Release tagged and published with its changelog",
                "A caller upgrades by changing the version only"),
            ProjectKind.Tool => (
                ["Release builds for the platforms the tool runs on", "Install instructions and a changelog", "Tag and publish the release"],
                "Release binaries published with their install instructions",
                "The tool installs from the release on a clean machine and runs its help"),
            _ => (
                ["Signed release build", "Release notes and the store or tester listing", "Crash reporting switched on for the release"],
                "Signed release build delivered to its testers or store",
                "The release build installs from its store or tester channel and starts"),
        };
        var item = new WorkDraft("release", WorkKind.Release, "Release", WorkTrigger.FirstOf(requirements.Select(r => WorkTrigger.Of(r.Block)).Append(WorkTrigger.Kind(kind))))
        {
            Hours = Estimates.Deployment + Estimates.Launch,
        };
        foreach (var requirement in requirements)
        {
            item.Delivers(requirement.Block);
            item.Tasks.Add(CrossCuttingItems.Meet(requirement.Block));
        }

        item.Tasks.AddRange(tasks);
        if (answers.Resolve(QuestionIds.DeploymentStrategy) is { IsDefault: false } && answers.Text(QuestionIds.DeploymentStrategy) is { } agreed)
        {
            item.Tasks.Add($"Released as agreed: {agreed}");
        }

        item.Deliverables.Add(deliverable);
        item.Criteria.Add(criterion);
        return item;
    }

    /// <summary>The CI task every project starts with, enforcing the quality gates when the team named them.</summary>
    public static string Pipeline(string? gates) =>
        gates is null ? "Repository, build and CI pipeline running the tests on every pull request" : $"Repository, build and CI pipeline enforcing the quality gates: {gates}";

    public static string Gated(string? gates) =>
        gates is null ? "CI runs the tests on every pull request" : $"CI blocks a pull request that fails a quality gate ({gates})";
}
