using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Core.Tracking;

namespace PlanBot.Core.Tests.Publishing;

public sealed class ChangeSetExecutorTests
{
    private static readonly PlanDocument Plan = SamplePlans.FourPhases();

    [Fact]
    public async Task First_publish_creates_labels_milestones_issues_and_links_then_a_second_run_writes_nothing()
    {
        var rig = new PublishingRig();

        var first = await rig.RunToEndAsync(PublishingRig.PublishRun(Plan));
        var writes = rig.GitHub.Writes;
        var second = await rig.RunToEndAsync(PublishingRig.PublishRun(Plan, "publish-2"));

        // planbot + 4 phase labels, 4 milestones, 4 phase + 12 week + 1 tracker issues, 12 sub-issue links.
        Assert.Equal(5 + 4 + 17 + 12, writes);
        Assert.Equal(writes, first.Requests);
        Assert.Equal(0, second.Requests);
        Assert.Equal(writes, rig.GitHub.Writes);
        Assert.Equal(Enumerable.Range(1, 17), first.OwnedIssues());
        Assert.Equal(rig.GitHub.Issue(TrackingKey.Phase(2)).Number, second.LastState!.SubIssues.Single(link => link.ChildNumber == rig.GitHub.Issue(TrackingKey.Week(5)).Number).ParentNumber);
        Assert.Null(await rig.Checkpoints.GetAsync(PublishingRig.Repository, CancellationToken.None));
    }

    [Fact]
    public async Task Another_worker_holding_the_repository_makes_the_run_wait_for_its_lease()
    {
        var rig = new PublishingRig();
        await rig.Checkpoints.SaveAsync(
            new RunCheckpoint(PublishingRig.Repository, "other", "worker-b", rig.Clock.GetUtcNow().AddMinutes(2), ValueList<string>.Empty, null, ValueList<CreatedObject>.Empty),
            null,
            CancellationToken.None);

        var result = await rig.Executor().RunAsync(PublishingRig.PublishRun(Plan), CancellationToken.None);

        Assert.Equal(RunOutcome.Busy, result.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(2), result.RetryAfter);
        Assert.Empty(rig.GitHub.Log);
    }

    [Fact]
    public async Task A_run_that_fails_lets_go_of_the_repository_and_its_retry_resumes_without_repeating_writes()
    {
        var rig = new PublishingRig();
        rig.GitHub.Faults = call => call.Name == "create-issue" && call.Index == 20 ? FaultTiming.Before : FaultTiming.None;

        var failed = await rig.Executor().RunAsync(PublishingRig.PublishRun(Plan), CancellationToken.None);
        var stopped = await rig.Checkpoints.GetAsync(PublishingRig.Repository, CancellationToken.None);
        rig.GitHub.Faults = _ => FaultTiming.None;
        var resumed = await rig.Executor().RunAsync(PublishingRig.PublishRun(Plan), CancellationToken.None);

        Assert.Equal((RunOutcome.Failed, 5 + 4 + 9, 5 + 4 + 10), (failed.Outcome, failed.StepsDone, failed.Requests));
        Assert.IsType<SimulatedFailure>(failed.Error);
        Assert.True(stopped!.Checkpoint.LeaseUntil <= rig.Clock.GetUtcNow());
        Assert.Equal(RunOutcome.Completed, resumed.Outcome);
        Assert.Equal(5 + 4 + 17 + 12 + 1, rig.GitHub.Writes);
        Assert.Equal(await CleanSnapshotAsync(), rig.GitHub.Snapshot());
    }

    [Fact]
    public async Task A_run_that_stopped_half_way_keeps_the_repository_for_its_retry_and_other_runs_wait()
    {
        var rig = new PublishingRig();
        rig.GitHub.Faults = call => call.Index == 20 ? FaultTiming.Before : FaultTiming.None;
        await rig.Executor().RunAsync(PublishingRig.PublishRun(Plan, "publish-a"), CancellationToken.None);
        rig.GitHub.Faults = _ => FaultTiming.None;

        var other = await rig.Executor().RunAsync(PublishingRig.PublishRun(Plan, "publish-b"), CancellationToken.None);
        var retry = await rig.Executor().RunAsync(PublishingRig.PublishRun(Plan, "publish-a"), CancellationToken.None);

        Assert.Equal((RunOutcome.Busy, TimeSpan.FromMinutes(5)), (other.Outcome, other.RetryAfter));
        Assert.Equal(RunOutcome.Completed, retry.Outcome);
        Assert.Equal(await CleanSnapshotAsync(), rig.GitHub.Snapshot());
    }

    [Fact]
    public async Task An_abandoned_run_gives_the_repository_up_to_the_next_run()
    {
        var rig = new PublishingRig();
        rig.GitHub.Faults = call => call.Index == 20 ? FaultTiming.Before : FaultTiming.None;
        await rig.Executor().RunAsync(PublishingRig.PublishRun(Plan, "publish-a"), CancellationToken.None);
        rig.GitHub.Faults = _ => FaultTiming.None;
        rig.Clock.Advance(rig.Settings.Precedence);

        var next = await rig.Executor().RunAsync(PublishingRig.PublishRun(Plan, "publish-b"), CancellationToken.None);

        Assert.Equal(RunOutcome.Completed, next.Outcome);
        Assert.Equal(await CleanSnapshotAsync(), rig.GitHub.Snapshot());
    }

    [Fact]
    public async Task A_comment_whose_answer_was_lost_is_found_by_its_marker_and_not_posted_again()
    {
        var rig = new PublishingRig();
        await rig.RunToEndAsync(PublishingRig.PublishRun(Plan));
        var smaller = Plan with { Phases = Plan.Phases.Take(3).ToValueList() };
        rig.GitHub.Faults = call => call.Name == "create-comment" && rig.GitHub.Log.Count(c => c.Name == "create-comment") == 1 ? FaultTiming.After : FaultTiming.None;

        await rig.RunToEndAsync(PublishingRig.PublishRun(smaller, "publish-2"));

        var removedWeek = rig.GitHub.Issue(TrackingKey.Week(10));
        Assert.Equal(RemoteState.Closed, removedWeek.State);
        Assert.Single(rig.GitHub.CommentsOn(removedWeek.Number));
        Assert.Contains(rig.GitHub.Log, call => call.Name == "list-comments");
    }

    [Fact]
    public async Task A_run_past_its_budget_stops_between_changes_and_goes_on_when_run_again()
    {
        var rig = new PublishingRig { Settings = new ExecutorSettings(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(30)) };
        rig.GitHub.Faults = call =>
        {
            rig.Clock.Advance(TimeSpan.FromSeconds(1));
            return FaultTiming.None;
        };

        var outcomes = new List<RunOutcome>();
        RunResult result;
        do
        {
            result = await rig.Executor().RunAsync(PublishingRig.PublishRun(Plan), CancellationToken.None);
            outcomes.Add(result.Outcome);
        }
        while (result.Outcome == RunOutcome.Yielded);

        Assert.True(outcomes.Count > 3, string.Join(", ", outcomes));
        Assert.Equal(RunOutcome.Completed, outcomes[^1]);
        Assert.Equal(5 + 4 + 17 + 12, rig.GitHub.Writes);
        Assert.Equal(await CleanSnapshotAsync(), rig.GitHub.Snapshot());
    }

    [Fact]
    public async Task A_worker_killed_mid_run_keeps_the_repository_until_its_lease_runs_out_then_the_run_resumes()
    {
        var rig = new PublishingRig();
        rig.GitHub.Faults = call =>
        {
            if (call.Index != 25)
            {
                return FaultTiming.None;
            }

            rig.Checkpoints.Dead = true;
            return FaultTiming.After;
        };

        await rig.RunToEndAsync(PublishingRig.PublishRun(Plan));

        Assert.Equal(3, rig.Attempts);
        Assert.Equal(await CleanSnapshotAsync(), rig.GitHub.Snapshot());
    }

    private static async Task<string> CleanSnapshotAsync()
    {
        var clean = new PublishingRig();
        await clean.RunToEndAsync(PublishingRig.PublishRun(Plan));
        return clean.GitHub.Snapshot();
    }
}
