using PlanBot.Core.Planning;
using PlanBot.Core.Publishing;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Core.Tracking;
using Xunit.Abstractions;

namespace PlanBot.Core.Tests.Publishing;

/// <summary>
/// Publishing through failures: requests fail before or after taking effect, and workers are killed, at random
/// (seeded) points. However often that happens, retrying until the run completes leaves GitHub exactly as a run
/// without failures does: nothing duplicated, nothing missing, no comment posted twice.
/// </summary>
public sealed class ExecutorFaultTests(ITestOutputHelper output)
{
    private const int Seeds = 300;

    private static readonly PlanDocument Before = SamplePlans.FourPhases();

    [Fact]
    public async Task First_publish_ends_in_the_clean_state_whatever_fails()
    {
        var clean = new PublishingRig();
        await clean.RunToEndAsync(PublishingRig.PublishRun(Before));
        var failures = 0;
        var attempts = 0;

        for (var seed = 0; seed < Seeds; seed++)
        {
            var rig = new PublishingRig();
            var injected = InjectFaults(rig, new Random(seed));
            await rig.RunToEndAsync(PublishingRig.PublishRun(Before));
            Assert.True(clean.GitHub.Snapshot() == rig.GitHub.Snapshot(), $"seed {seed}");
            failures += injected();
            attempts += rig.Attempts;
        }

        Assert.True(failures > Seeds, $"only {failures} failures injected");
        output.WriteLine($"{Seeds} seeds, {failures} failures injected, {attempts} attempts");
    }

    [Fact]
    public async Task Publishing_a_changed_plan_over_ticked_issues_ends_in_the_clean_state_whatever_fails()
    {
        var after = ChangedPlans.Changed(Before);
        var clean = await TickedAsync();
        await clean.RunToEndAsync(PublishingRig.PublishRun(after, "publish-2"));
        var failures = 0;
        var attempts = 0;

        for (var seed = 0; seed < Seeds; seed++)
        {
            var rig = await TickedAsync();
            var injected = InjectFaults(rig, new Random(seed));
            await rig.RunToEndAsync(PublishingRig.PublishRun(after, "publish-2"));
            Assert.True(clean.GitHub.Snapshot() == rig.GitHub.Snapshot(), $"seed {seed}");
            failures += injected();
            attempts += rig.Attempts;
        }

        Assert.True(failures > Seeds, $"only {failures} failures injected");
        Assert.Contains("- [x] Tests for FR-005 pass", clean.GitHub.Issue(TrackingKey.Week(5)).Body, StringComparison.Ordinal);
        output.WriteLine($"{Seeds} seeds, {failures} failures injected, {attempts} attempts");
    }

    // The published plan after a person ticked boxes of weeks 1 and 5 and closed week 1 early.
    private static async Task<PublishingRig> TickedAsync()
    {
        var rig = new PublishingRig();
        await rig.RunToEndAsync(PublishingRig.PublishRun(Before));
        rig.GitHub.Edit(rig.GitHub.Issue(TrackingKey.Week(5)).Number, issue => issue with { Body = issue.Body!.Replace("- [ ] Tests for FR-005 pass", "- [x] Tests for FR-005 pass", StringComparison.Ordinal) });
        rig.GitHub.Edit(rig.GitHub.Issue(TrackingKey.Week(1)).Number, issue => issue with { Body = issue.Body!.Replace("- [ ] FR-001 accepted", "- [x] FR-001 accepted", StringComparison.Ordinal), State = RemoteState.Closed });
        return rig;
    }

    // About one request in ten fails, before or after taking effect; one failure in four kills the worker.
    private static Func<int> InjectFaults(PublishingRig rig, Random random)
    {
        var failures = 0;
        rig.GitHub.Faults = _ =>
        {
            if (random.NextDouble() >= 0.1)
            {
                return FaultTiming.None;
            }

            failures++;
            rig.Checkpoints.Dead = random.Next(4) == 0;
            return random.Next(2) == 0 ? FaultTiming.Before : FaultTiming.After;
        };
        return () => failures;
    }
}
