using Microsoft.Extensions.Time.Testing;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.Core.Tests.Tracking;
using Sample = PlanBot.Core.Tests.Tracking.Publishing;

namespace PlanBot.Core.Tests.Publishing;

/// <summary>
/// An executor over the in-memory GitHub and a checkpoint store that survives workers, driven the way the queue drives
/// a job: a failed attempt is retried, a busy one waits for the lease, a yielded one runs again.
/// </summary>
internal sealed class PublishingRig
{
    public static readonly RepositoryRef Repository = new(42, "acme", "ledger");

    public InMemoryGitHub GitHub { get; } = new();

    public KillableCheckpointStore Checkpoints { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 6, 9, 0, 0, TimeSpan.Zero));

    public ExecutorSettings Settings { get; set; } = new(TimeSpan.FromMinutes(5), null, TimeSpan.FromMinutes(30));

    /// <summary>Attempts the last <see cref="RunToEndAsync"/> needed (1 when nothing went wrong).</summary>
    public int Attempts { get; private set; }

    public ChangeSetExecutor Executor() => new(GitHub, Checkpoints, Clock, Settings);

    public static ChangeRun PublishRun(PlanDocument plan, string runId = "publish-1") =>
        new(Repository, runId, Sample.Options.Label, ValueList<int>.Empty, PlanRuns.Publish(plan, Sample.Options, Sample.Today));

    public async Task<RunResult> RunToEndAsync(ChangeRun run, int maxAttempts = 200)
    {
        for (Attempts = 1; Attempts <= maxAttempts; Attempts++)
        {
            Checkpoints.Dead = false;
            var result = await Executor().RunAsync(run, CancellationToken.None);
            switch (result.Outcome)
            {
                case RunOutcome.Completed:
                    return result;
                case RunOutcome.Busy:
                    Clock.Advance(result.RetryAfter);
                    break;
                case RunOutcome.Failed:
                    Assert.IsType<SimulatedFailure>(result.Error);
                    Clock.Advance(TimeSpan.FromSeconds(30));
                    break;
            }
        }

        throw new InvalidOperationException($"The run did not complete in {maxAttempts} attempts.");
    }
}
