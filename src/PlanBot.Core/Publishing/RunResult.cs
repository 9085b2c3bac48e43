using PlanBot.Core.Ports;
using PlanBot.Core.Tracking;

namespace PlanBot.Core.Publishing;

/// <summary>
/// How a run ended. <see cref="LastState"/> is the repository as read at the start of the last stage that ran, and
/// <see cref="Created"/> what the run created (including before an interruption); <see cref="Requests"/> counts the
/// write requests this call sent and <see cref="StepsDone"/> the steps it finished and checkpointed.
/// </summary>
public sealed record RunResult(
    RunOutcome Outcome,
    TimeSpan RetryAfter,
    ActualState? LastState,
    ValueList<CreatedObject> Created,
    int Requests,
    int StepsDone,
    Exception? Error = null)
{
    /// <summary>PlanBot's issues after the run: those read at the last stage and those it created since.</summary>
    public ValueList<int> OwnedIssues() =>
        (LastState?.Issues.Where(issue => TrackingKey.Find(issue.Body) is { Kind: not TrackingKind.Milestone }).Select(issue => issue.Number) ?? [])
            .Concat(Created.Where(created => created.Target.Kind != TrackingKind.Milestone).Select(created => created.Number))
            .Distinct()
            .Order()
            .ToValueList();
}
