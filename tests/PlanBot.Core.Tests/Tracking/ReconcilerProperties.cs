using CsCheck;
using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;
using PlanBot.Core.Tracking;
using Xunit;

namespace PlanBot.Core.Tests.Tracking;

/// <summary>
/// Random plans against random repositories (an earlier plan published, then ticked, closed, half deleted,
/// unlinked, and mixed with issues PlanBot does not own): reconciling never throws, the change set applies
/// cleanly, and a second reconcile on the result is empty. Progress tracking settles the same way.
/// </summary>
public sealed class ReconcilerProperties
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char["ab xyz@#|<>-[]`\n\t:12\u200B"], 0, 14];

    private static readonly Gen<PlanDocument> Plans = Gen.Select(
        Gen.Int[0, 4].Array[0, 5],
        Text.Array[24],
        Gen.Bool.Array[24],
        Gen.Int[0, 3].Array[24],
        BuildPlan);

    private static readonly Gen<RepositoryMutation> Mutations = Gen.Select(
        Gen.Int[0, 4].Array[40],
        Text.Array[0, 4],
        Gen.Bool.Array[40],
        Gen.Int[0, 12],
        (issueModes, foreignBodies, unlinks, dueShiftHours) => new RepositoryMutation(issueModes, foreignBodies, unlinks, dueShiftHours));

    private static readonly Gen<ReconcilerScenario> Scenarios = Gen.Select(
        Plans,
        Plans,
        Mutations,
        Gen.Int[-10, 200],
        Gen.Bool,
        (plan, previous, mutation, day, subIssues) => new ReconcilerScenario(plan, previous, mutation, SamplePlans.Start.AddDays(day), Publishing.Options with { SubIssues = subIssues }));

    [Fact]
    public void Reconcile_then_apply_then_reconcile_is_empty()
    {
        Scenarios.Sample(scenario =>
        {
            var actual = scenario.Actual();
            var changes = Publishing.Reconcile(scenario.Plan, actual, scenario.Options, scenario.Today);
            var applied = FakeRepository.ApplyTo(changes, actual);
            var again = Publishing.Reconcile(scenario.Plan, applied, scenario.Options, scenario.Today);

            Assert.True(again.IsEmpty, ChangeSetText.Describe(again));
            Assert.Equal(changes.Operations.Count, changes.Operations.Select(operation => operation.Key).Distinct().Count());
        }, iter: 300);
    }

    [Fact]
    public void Switching_to_another_plan_and_back_settles_in_one_run_each_way()
    {
        Scenarios.Sample(scenario =>
        {
            var switched = Publishing.Publish(scenario.Plan, scenario.Actual(), scenario.Options, scenario.Today);
            var back = Publishing.Publish(scenario.Previous, switched, scenario.Options, scenario.Today);

            Assert.True(Publishing.Reconcile(scenario.Previous, back, scenario.Options, scenario.Today).IsEmpty);
        }, iter: 200);
    }

    [Fact]
    public void Tracking_progress_settles_after_one_round()
    {
        Scenarios.Sample(scenario =>
        {
            var tracker = new ProgressTracker();
            var actual = FakeRepository.ApplyTo(Publishing.Reconcile(scenario.Plan, scenario.Actual(), scenario.Options, scenario.Today), scenario.Actual());
            var update = tracker.Track(scenario.Plan, actual, scenario.Options, scenario.Today);
            var applied = FakeRepository.ApplyTo(update.Changes, actual);

            Assert.True(tracker.Track(scenario.Plan, applied, scenario.Options, scenario.Today).Changes.IsEmpty);
            Assert.InRange(update.Progress.Percent, 0, 100);
        }, iter: 200);
    }

    [Fact]
    public void Text_readers_never_throw_and_escaping_removes_mentions_and_html()
    {
        Gen.String.Sample(text =>
        {
            _ = TrackingKey.Find(text);
            _ = TaskList.KeepTicks(text, text);
            _ = TrackerRenderer.ClosedWeeks(text);
            var escaped = MarkdownText.Escape(text);
            Assert.DoesNotMatch("<[A-Za-z/!?]", escaped);
            Assert.DoesNotMatch("(?<![\\w`])@[A-Za-z0-9]", escaped);
        }, iter: 2000);
    }

    private static PlanDocument BuildPlan(int[] weeksPerPhase, string[] texts, bool[] ticks, int[] criteriaCounts)
    {
        var phases = new List<PlanPhase>();
        var number = 1;
        for (var p = 0; p < weeksPerPhase.Length; p++)
        {
            var weeks = new List<PlanWeek>();
            for (var w = 0; w < weeksPerPhase[p]; w++, number++)
            {
                var week = SamplePlans.Week(number);
                var criteria = Enumerable.Range(0, criteriaCounts[number % criteriaCounts.Length])
                    .Select(c => new Checkbox(texts[(number + c) % texts.Length], ticks[(number * 3 + c) % ticks.Length]))
                    .ToValueList();
                weeks.Add(week with { Title = texts[number % texts.Length], AcceptanceCriteria = criteria, Tasks = new[] { texts[(number + 5) % texts.Length] } });
            }

            var start = weeks.Count > 0 ? weeks[0].Start : SamplePlans.Start;
            var due = weeks.Count > 0 ? weeks[^1].Due : SamplePlans.Start;
            phases.Add(new PlanPhase(p + 1, texts[p % texts.Length], texts[(p + 7) % texts.Length], start, due, weeks, new[] { new Checkbox(texts[(p + 11) % texts.Length], false) }));
        }

        return new PlanDocument(texts[0], phases);
    }
}
