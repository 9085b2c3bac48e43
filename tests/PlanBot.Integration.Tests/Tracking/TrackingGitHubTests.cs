using PlanBot.Core;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Core.Tracking;

namespace PlanBot.Integration.Tests.Tracking;

/// <summary>Publishing through the Octokit adapter and the real HTTP pipeline into the fake GitHub.</summary>
public sealed class TrackingGitHubTests
{
    private static readonly TrackingOptions Options = new("acme/ledger");
    private static readonly DateOnly Today = new(2027, 1, 6);
    private static readonly PlanDocument Plan = SamplePlans.FourPhases();

    [Fact]
    public async Task First_publish_creates_exactly_the_expected_objects_and_a_second_run_sends_no_write()
    {
        await using var harness = await TrackingHarness.StartAsync();

        var first = await harness.Executor().RunAsync(Run(harness, Plan, "publish-1"), CancellationToken.None);
        var writesAfterFirst = harness.Server.Log.Writes;
        var second = await harness.Executor().RunAsync(Run(harness, Plan, "publish-2", first.OwnedIssues()), CancellationToken.None);

        Assert.Equal(RunOutcome.Completed, first.Outcome);
        Assert.Equal(RunOutcome.Completed, second.Outcome);
        Assert.Equal(5 + 4 + 17 + 12, writesAfterFirst);
        Assert.Equal(writesAfterFirst, harness.Server.Log.Writes);
        lock (harness.Server.State.Gate)
        {
            var remote = harness.Remote;
            Assert.Equal(["planbot", "phase-1", "phase-2", "phase-3", "phase-4"], remote.Labels.Select(label => label.Name));
            Assert.Equal(["Phase 1: Foundation", "Phase 2: Core ledger", "Phase 3: Integrations", "Phase 4: Hardening"], remote.Milestones.Values.Select(milestone => milestone.Title));
            Assert.All(remote.Milestones.Values, milestone => Assert.Equal(TimeSpan.FromHours(7), milestone.DueOn!.Value.UtcDateTime.TimeOfDay));
            Assert.Equal(new DateOnly(2027, 1, 22), DateOnly.FromDateTime(remote.Milestones[1].DueOn!.Value.UtcDateTime));
            Assert.Equal(17, remote.Issues.Count);
            var week5 = remote.Issues.Values.Single(issue => issue.Title == "Week 5: Feature 005");
            var phase2 = remote.Issues.Values.Single(issue => issue.Title == "Phase 2: Core ledger");
            Assert.Equal(["planbot", "phase-2"], week5.Labels);
            Assert.Equal(2, week5.Milestone);
            Assert.Equal(phase2.Id, week5.ParentId);
            Assert.Null(remote.Issues.Values.Single(issue => issue.Title.StartsWith("Plan tracker", StringComparison.Ordinal)).Milestone);
        }
    }

    [Fact]
    public async Task Re_reads_are_conditional_and_answered_not_modified()
    {
        await using var harness = await TrackingHarness.StartAsync();
        await harness.Executor().RunAsync(Run(harness, Plan, "publish-1"), CancellationToken.None);
        await harness.GitHub.ReadStateAsync(harness.Repository, "planbot", [], CancellationToken.None);
        harness.Server.Log.Clear();

        await harness.GitHub.ReadStateAsync(harness.Repository, "planbot", [], CancellationToken.None);

        var reads = harness.Server.Log.Requests;
        Assert.NotEmpty(reads);
        Assert.All(reads, request => Assert.Equal(304, request.Status));
    }

    [Fact]
    public async Task A_week_that_lost_its_label_is_found_by_number_and_not_created_again()
    {
        await using var harness = await TrackingHarness.StartAsync();
        var first = await harness.Executor().RunAsync(Run(harness, Plan, "publish-1"), CancellationToken.None);
        lock (harness.Server.State.Gate)
        {
            harness.Remote.Issues.Values.Single(issue => issue.Title == "Week 3: Feature 003").Labels.Clear();
        }

        await harness.Executor().RunAsync(Run(harness, Plan, "publish-2", first.OwnedIssues()), CancellationToken.None);

        lock (harness.Server.State.Gate)
        {
            var week3 = Assert.Single(harness.Remote.Issues.Values, issue => issue.Title == "Week 3: Feature 003");
            Assert.Equal(["planbot", "phase-1"], week3.Labels);
        }
    }

    [Fact]
    public async Task Updating_an_issue_leaves_alone_what_the_change_does_not_name()
    {
        await using var harness = await TrackingHarness.StartAsync();
        await harness.Executor().RunAsync(Run(harness, Plan, "publish-1"), CancellationToken.None);
        var week = await WeekAsync(harness, 1);

        await harness.GitHub.UpdateIssueAsync(harness.Repository, week.Number, new IssueChange(State: RemoteState.Closed), CancellationToken.None);
        await harness.GitHub.UpdateMilestoneAsync(harness.Repository, 1, new MilestoneChange(State: RemoteState.Closed), CancellationToken.None);

        var after = await WeekAsync(harness, 1);
        Assert.Equal(week with { State = RemoteState.Closed }, after);
        var milestone = (await harness.GitHub.ReadStateAsync(harness.Repository, "planbot", [], CancellationToken.None)).Milestones[0];
        Assert.Equal((RemoteState.Closed, new DateOnly(2027, 1, 22), "Phase 1: Foundation"), (milestone.State, GitHubDueDate.ToDate(milestone.DueOn!.Value), milestone.Title));
    }

    [Fact]
    public async Task A_comment_is_found_by_its_marker()
    {
        await using var harness = await TrackingHarness.StartAsync();
        await harness.Executor().RunAsync(Run(harness, Plan, "publish-1"), CancellationToken.None);
        var week = await WeekAsync(harness, 2);

        await harness.GitHub.CreateCommentAsync(harness.Repository, week.Number, "Hello\n\n<!-- planbot:run:r:s -->", CancellationToken.None);

        Assert.True(await harness.GitHub.HasCommentAsync(harness.Repository, week.Number, "<!-- planbot:run:r:s -->", CancellationToken.None));
        Assert.False(await harness.GitHub.HasCommentAsync(harness.Repository, week.Number, "<!-- planbot:run:r:t -->", CancellationToken.None));
    }

    internal static ChangeRun Run(TrackingHarness harness, PlanDocument plan, string runId, ValueList<int>? known = null) =>
        new(harness.Repository, runId, Options.Label, known ?? ValueList<int>.Empty, PlanRuns.Publish(plan, Options, Today));

    private static async Task<RemoteIssue> WeekAsync(TrackingHarness harness, int week) =>
        (await harness.GitHub.ReadStateAsync(harness.Repository, "planbot", [], CancellationToken.None)).Issues.Single(issue => TrackingKey.Find(issue.Body) == TrackingKey.Week(week));
}
