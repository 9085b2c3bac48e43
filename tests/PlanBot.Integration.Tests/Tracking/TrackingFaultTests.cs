using Microsoft.Extensions.DependencyInjection;
using PlanBot.Core;
using PlanBot.Core.Planning;
using PlanBot.Core.Ports;
using PlanBot.Core.Publishing;
using PlanBot.Core.Tests.Publishing;
using PlanBot.Core.Tests.Tracking;
using PlanBot.Core.Tracking;
using PlanBot.GitHub.Http;
using PlanBot.Integration.Tests.FakeGitHub;
using PlanBot.Integration.Tests.Infrastructure;
using PlanBot.Storage;
using Xunit.Abstractions;

namespace PlanBot.Integration.Tests.Tracking;

/// <summary>
/// Publishing over HTTP while the fake GitHub answers 500 (before or after acting), hangs until the client gives up, or
/// refuses with secondary-limit 403s and 429s at seeded random points, and while workers die at random steps (their
/// checkpoints, in Azurite, outlive them). Run again until it completes, as the queue does, GitHub must end exactly as a
/// run without failures leaves it: nothing duplicated, nothing missing, no comment twice.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TrackingFaultTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const double FaultChance = 0.04;

    private static readonly FakeFaultKind[] Kinds =
    [
        FakeFaultKind.ServerError,
        FakeFaultKind.ServerErrorAfterActing,
        FakeFaultKind.SecondaryRateLimit,
        FakeFaultKind.TooManyRequests,
        FakeFaultKind.Hang,
    ];

    private static readonly TrackingOptions Options = new("acme/ledger");
    private static readonly DateOnly Today = new(2027, 1, 6);
    private static readonly PlanDocument Before = SamplePlans.FourPhases();

    [Fact]
    public async Task First_publish_through_faults_and_killed_workers_ends_in_the_clean_state()
    {
        await RunSeedsAsync(seeds: 30, previous: null, Before, killWithinSaves: 80);
    }

    [Fact]
    public async Task Publishing_a_changed_plan_through_faults_and_killed_workers_ends_in_the_clean_state()
    {
        await RunSeedsAsync(seeds: 15, previous: Before, ChangedPlans.Changed(Before), killWithinSaves: 8);
    }

    /// <param name="killWithinSaves">A worker dies at a random one of its first saves below this, about the saves the run makes.</param>
    private async Task RunSeedsAsync(int seeds, PlanDocument? previous, PlanDocument plan, int killWithinSaves)
    {
        var clean = await PublishAsync(seed: null, previous, plan, killWithinSaves);
        var totals = new Outcome(string.Empty, 0, 0, 0);
        for (var seed = 0; seed < seeds; seed++)
        {
            var faulted = await PublishAsync(seed, previous, plan, killWithinSaves);
            Assert.True(clean.Snapshot == faulted.Snapshot, $"seed {seed} ended in another state than the clean run");
            totals = totals with { Faults = totals.Faults + faulted.Faults, Kills = totals.Kills + faulted.Kills, Attempts = totals.Attempts + faulted.Attempts };
        }

        Assert.True(totals.Faults >= seeds, $"only {totals.Faults} faults were injected");
        Assert.True(totals.Kills > 0, "no worker was killed: the kill points are past the end of the run");
        output.WriteLine($"{seeds} seeds: {totals.Faults} faults injected, {totals.Kills} workers killed, {totals.Attempts} attempts; every state equal to the clean run's");
    }

    private async Task<Outcome> PublishAsync(int? seed, PlanDocument? previous, PlanDocument plan, int killWithinSaves)
    {
        var random = seed is { } s ? new Random(s) : null;
        await using var harness = await TrackingHarness.StartAsync(
            azurite.ConnectionString,
            settings: new Dictionary<string, string?> { ["PlanBot:Tracking:Lease"] = "00:01:00", ["PlanBot:Tracking:RunBudget"] = "00:00:50" },
            configure: services => services.AddSingleton<IRunCheckpointStore>(provider =>
                new KillableCheckpointStore(new TableRunCheckpointStore(provider.GetRequiredService<StorageResources>()))),
            policy: GitHubRetryPolicy.Default with { AttemptTimeout = TimeSpan.FromMinutes(2) });
        var store = (KillableCheckpointStore)harness.Service<IRunCheckpointStore>();
        if (previous is not null)
        {
            await RunToEndAsync(harness, previous, "publish-before", store, () => { });
            Tick(harness, "Week 5: Feature 005", "Tests for FR-005 pass");
        }

        if (random is not null)
        {
            harness.Server.Faults.AtRandom(random.Next(), FaultChance, Kinds);
        }

        var attempts = await RunToEndAsync(harness, plan, "publish-fault", store, () =>
        {
            store.Dead = false;
            store.KillAtSave = random is not null && random.Next(3) == 0 ? store.Saves + random.Next(1, killWithinSaves) : null;
        });
        harness.Server.Faults.Clear();
        return new Outcome(FakeSnapshot.Of(harness.Server, harness.Remote), harness.Server.Faults.Injected, store.Kills, attempts);
    }

    // What the queue does with a job: run it again after a failure, after a worker died (even while it took the lease),
    // after the lease of a dead worker ran out, after a yield, until it completes.
    private static async Task<int> RunToEndAsync(TrackingHarness harness, PlanDocument plan, string runId, KillableCheckpointStore store, Action newWorker)
    {
        var run = new ChangeRun(harness.Repository, runId, Options.Label, ValueList<int>.Empty, PlanRuns.Publish(plan, Options, Today));
        for (var attempt = 1; attempt <= 300; attempt++)
        {
            newWorker();
            RunResult result;
            try
            {
                result = await harness.Executor().RunAsync(run, CancellationToken.None);
            }
            catch (InvalidOperationException) when (store.Dead)
            {
                continue;
            }

            switch (result.Outcome)
            {
                case RunOutcome.Completed:
                    return attempt;
                case RunOutcome.Busy:
                    await Task.Delay(harness.Clock.Real(result.RetryAfter) + TimeSpan.FromMilliseconds(10));
                    break;
            }
        }

        throw new InvalidOperationException($"Run {runId} did not complete in 300 attempts.");
    }

    private static void Tick(TrackingHarness harness, string week, string criterion)
    {
        lock (harness.Server.State.Gate)
        {
            var issue = harness.Remote.Issues.Values.Single(issue => issue.Title == week);
            issue.Body = issue.Body!.Replace("- [ ] " + criterion, "- [x] " + criterion, StringComparison.Ordinal);
        }
    }

    private sealed record Outcome(string Snapshot, int Faults, int Kills, int Attempts);
}
