using System.Globalization;
using PlanBot.Core;
using PlanBot.Core.Publishing;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Core.Tracking;
using PlanBot.Integration.Tests.FakeGitHub;
using Xunit.Abstractions;

namespace PlanBot.Integration.Tests.Tracking;

/// <summary>
/// A large plan (20 phases, 60 weeks) published through the real pipeline with GitHub's limits (a second between writes,
/// 80 a minute, 500 an hour) on a warped clock: the writes GitHub would see never break a secondary limit.
/// </summary>
public sealed class TrackingPacingTests(ITestOutputHelper output)
{
    private const int Phases = 20;
    private const int WeeksPerPhase = 3;

    [Fact]
    public async Task A_twenty_phase_sixty_week_plan_publishes_within_the_secondary_limits()
    {
        await using var harness = await TrackingHarness.StartAsync();
        var plan = SamplePlans.Build("Large programme", Enumerable.Range(1, Phases).Select(n => ($"Phase {n.ToString(CultureInfo.InvariantCulture)} work", WeeksPerPhase)).ToArray());
        var options = new TrackingOptions(harness.Repository.FullName);
        var run = new ChangeRun(harness.Repository, "publish-large", options.Label, ValueList<int>.Empty, PlanRuns.Publish(plan, options, new DateOnly(2027, 1, 6)));

        var result = await harness.Executor().RunAsync(run, CancellationToken.None);

        Assert.Equal(RunOutcome.Completed, result.Outcome);
        var requests = harness.Server.Log.Requests;
        var writes = requests.Where(request => request.IsWrite).ToList();
        var weeks = Phases * WeeksPerPhase;

        // A label per phase and the shared one, a milestone and an issue per phase, an issue per week, the tracker, a
        // sub-issue link per week: nothing less makes the plan, and nothing more was sent.
        var minimum = (Phases + 1) + Phases + Phases + weeks + 1 + weeks;
        Assert.Equal(minimum, writes.Count);
        Assert.DoesNotContain(requests, request => request.Status is 403 or 429);
        var busiestMinute = writes.Max(write => writes.Count(other => other.At >= write.At && other.At < write.At + TimeSpan.FromMinutes(1)));
        Assert.True(busiestMinute <= 80, $"{busiestMinute} writes in one minute");
        var spent = writes[^1].At - writes[0].At;
        var paced = TimeSpan.FromSeconds(writes.Count - 1);
        var gitHubFloor = TimeSpan.FromMinutes((writes.Count - 1) / 80);
        Assert.True(spent >= paced - TimeSpan.FromSeconds(1), $"{spent} for {writes.Count} writes is faster than one a second");
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Phases} phases, {weeks} weeks: {writes.Count} writes (minimum {minimum}), {requests.Count - writes.Count} reads, {requests.Count} requests; "
            + $"busiest minute {busiestMinute} writes (limit 80); first to last write {spent.TotalSeconds:0.0} s on GitHub's clock, "
            + $"against {paced.TotalSeconds:0} s at one write a second and {gitHubFloor.TotalSeconds:0} s at 80 a minute; "
            + $"{harness.Clock.Real(spent).TotalSeconds:0.0} s real at {harness.Clock.Factor}x"));
    }
}
