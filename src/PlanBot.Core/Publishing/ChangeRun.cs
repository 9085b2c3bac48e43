using PlanBot.Core.Ports;
using PlanBot.Core.Tracking;

namespace PlanBot.Core.Publishing;

/// <summary>
/// A run of changes in one repository. The same <see cref="RunId"/> resumes where an interrupted run stopped. Each
/// stage is computed from the repository as it is when the stage starts (read with <see cref="Label"/> and
/// <see cref="KnownIssues"/>), so a resumed stage only does what is still missing.
/// </summary>
public sealed record ChangeRun(
    RepositoryRef Repository,
    string RunId,
    string Label,
    ValueList<int> KnownIssues,
    ValueList<Func<ActualState, ChangeSet>> Stages);
