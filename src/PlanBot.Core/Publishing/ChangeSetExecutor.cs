using PlanBot.Core.Ports;
using PlanBot.Core.Tracking;

namespace PlanBot.Core.Publishing;

/// <summary>
/// Runs change sets against GitHub in resumable steps. Each stage reads the repository and computes its changes
/// afresh, so whatever an interrupted run already did shows up as done; what a re-read cannot show — a comment
/// posted, an object created but not listed yet — is in the checkpoint saved after every request. A comment that
/// was under way when the run stopped carries a hidden marker, looked for before it is posted again. Nothing here
/// waits between requests: <see cref="ITrackingGitHub"/> paces them. A failure ends the call with
/// <see cref="RunOutcome.Failed"/> (cancellation is thrown), so the caller can tell a run that got somewhere before it
/// failed from one that cannot start.
/// </summary>
public sealed class ChangeSetExecutor(ITrackingGitHub github, IRunCheckpointStore checkpoints, TimeProvider clock, ExecutorSettings settings)
{
    public async Task<RunResult> RunAsync(ChangeRun run, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var (lease, retryAfter) = await RunLease.AcquireAsync(checkpoints, clock, settings, run.Repository, run.RunId, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return new RunResult(RunOutcome.Busy, retryAfter, null, ValueList<CreatedObject>.Empty, 0, 0);
        }

        var steps = new StepRunner(github, lease, run);
        ActualState? actual = null;
        try
        {
            for (var stage = 0; stage < run.Stages.Count; stage++)
            {
                var known = run.KnownIssues.Concat(lease.Created.Values.Where(item => item.DatabaseId != 0).Select(item => item.Number)).Distinct().ToList();
                actual = await github.ReadStateAsync(run.Repository, run.Label, known, cancellationToken).ConfigureAwait(false);
                foreach (var operation in run.Stages[stage](actual).Operations)
                {
                    if (settings.Budget is { } budget && clock.GetElapsedTime(started) >= budget)
                    {
                        await lease.ReleaseAsync().ConfigureAwait(false);
                        return new RunResult(RunOutcome.Yielded, TimeSpan.Zero, actual, lease.CreatedList, steps.Requests, steps.StepsDone);
                    }

                    await steps.RunAsync(stage, operation, actual, cancellationToken).ConfigureAwait(false);
                }
            }

            await lease.CompleteAsync(cancellationToken).ConfigureAwait(false);
            return new RunResult(RunOutcome.Completed, TimeSpan.Zero, actual, lease.CreatedList, steps.Requests, steps.StepsDone);
        }
        catch (Exception error)
        {
            // Free the repository for the retry at once rather than when the lease runs out; the steps done stay.
            await lease.ReleaseAsync().ConfigureAwait(false);
            if (error is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            return new RunResult(RunOutcome.Failed, TimeSpan.Zero, actual, lease.CreatedList, steps.Requests, steps.StepsDone, error);
        }
    }
}
