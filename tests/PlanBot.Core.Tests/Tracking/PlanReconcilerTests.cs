using PlanBot.Core.Planning;
using PlanBot.Core.Tracking;
using Xunit;
using static PlanBot.Core.Tests.Tracking.Publishing;

namespace PlanBot.Core.Tests.Tracking;

public sealed class PlanReconcilerTests
{
    [Fact]
    public void First_publish_creates_labels_milestones_issues_links_then_the_tracker()
    {
        var changes = Reconcile(SamplePlans.FourPhases(), ActualState.Empty);

        TrackingGolden.Verify("first-publish.txt", ChangeSetText.Describe(changes));
        Assert.Equal(5, changes.Operations.OfType<CreateLabel>().Count());
        Assert.Equal(4, changes.Operations.OfType<CreateMilestone>().Count());
        Assert.Equal(17, changes.Operations.OfType<CreateIssue>().Count());
        Assert.Equal(12, changes.Operations.OfType<AddSubIssue>().Count());
        Assert.Equal(38, changes.Operations.Count);
        Assert.Equal("create-issue:tracker", changes.Operations[^1].Key);
        Assert.Equal(changes.Operations.Count, ChangeSetText.Keys(changes).Distinct().Count());
    }

    [Fact]
    public void Operations_run_in_dependency_order()
    {
        var changes = Reconcile(SamplePlans.FourPhases(), ActualState.Empty);
        var stage = changes.Operations.Select(Stage).ToArray();

        Assert.Equal(stage.Order().ToArray(), stage);
    }

    [Fact]
    public void Second_run_on_the_applied_state_changes_nothing()
    {
        var plan = SamplePlans.FourPhases();
        var published = Publish(plan);

        Assert.True(Reconcile(plan, published).IsEmpty, ChangeSetText.Describe(Reconcile(plan, published)));
    }

    [Fact]
    public void A_run_interrupted_after_any_step_resumes_with_exactly_the_remaining_steps()
    {
        var plan = SamplePlans.FourPhases();
        var changes = Reconcile(plan, ActualState.Empty);
        var keys = ChangeSetText.Keys(changes);

        for (var done = 0; done <= changes.Operations.Count; done++)
        {
            var partial = FakeRepository.ApplyTo(new ChangeSet(changes.Operations.Take(done).ToValueList()), ActualState.Empty);
            var rest = Reconcile(plan, partial);
            var final = FakeRepository.ApplyTo(rest, partial);

            Assert.Equal(keys.Skip(done), ChangeSetText.Keys(rest));
            Assert.Equal(17, final.Issues.Count);
            Assert.Equal(4, final.Milestones.Count);
            Assert.True(Reconcile(plan, final).IsEmpty);
        }
    }

    [Fact]
    public void Without_sub_issues_no_links_are_made()
    {
        var options = Options with { SubIssues = false };
        var changes = Reconcile(SamplePlans.FourPhases(), ActualState.Empty, options);

        Assert.DoesNotContain(changes.Operations, operation => operation is AddSubIssue);
        Assert.True(Reconcile(SamplePlans.FourPhases(), FakeRepository.ApplyTo(changes, ActualState.Empty), options).IsEmpty);
    }

    [Fact]
    public void A_changed_plan_updates_in_place_keeps_ticks_closes_removed_weeks_and_adds_the_new_phase()
    {
        var published = Publish(SamplePlans.FourPhases());
        published = Tick(published, TrackingKey.Week(4), "FR-004 accepted");
        published = Tick(published, TrackingKey.Week(5), "Tests for FR-005 pass");
        published = Tick(published, TrackingKey.Week(5), "FR-005 merged");
        published = Tick(published, TrackingKey.Week(12), "FR-012 accepted");

        var changed = ChangedPlan();
        var changes = Reconcile(changed, published);

        Assert.Equal(
            [
                "create-label:phase-5",
                "update-milestone:milestone:4",
                "create-milestone:milestone:5",
                "update-issue:phase:2",
                "update-issue:week:4",
                "update-issue:week:5",
                "update-issue:phase:4",
                "create-issue:phase:5",
                "create-issue:week:13",
                "close-issue:week:12",
                "add-sub-issue:phase:5>week:13",
                "update-issue:tracker",
            ],
            ChangeSetText.Keys(changes));
        var week4 = changes.Operations.OfType<UpdateIssue>().Single(update => update.Issue.Target == TrackingKey.Week(4));
        Assert.Equal("Week 4: Ledger postings", week4.Title);
        Assert.Contains("- [x] FR-004 accepted", week4.Body, StringComparison.Ordinal);
        Assert.Contains("- [ ] Tests for FR-004 pass", week4.Body, StringComparison.Ordinal);
        var week5 = changes.Operations.OfType<UpdateIssue>().Single(update => update.Issue.Target == TrackingKey.Week(5)).Body;
        Assert.Contains("- [x] Tests for FR-005 pass", week5, StringComparison.Ordinal);
        Assert.Contains("- [x] FR-005 merged", week5, StringComparison.Ordinal);
        Assert.Contains("- [ ] Load test report attached", week5, StringComparison.Ordinal);
        var close = changes.Operations.OfType<CloseIssue>().Single();
        Assert.Equal(Issue(published, TrackingKey.Week(12)).Number, close.Issue.Number);
        Assert.Contains("no longer in the implementation plan", close.Comment, StringComparison.Ordinal);

        var applied = FakeRepository.ApplyTo(changes, published);
        Assert.True(Reconcile(changed, applied).IsEmpty, ChangeSetText.Describe(Reconcile(changed, applied)));
        Assert.Equal(RemoteState.Closed, Issue(applied, TrackingKey.Week(12)).State);
        Assert.Contains("- [x] FR-012 accepted", Issue(applied, TrackingKey.Week(12)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_that_comes_back_to_the_plan_is_reopened_with_its_ticks()
    {
        var plan = SamplePlans.FourPhases();
        var published = Tick(Publish(plan), TrackingKey.Week(12), "FR-012 accepted");
        var shorter = plan with { Phases = plan.Phases.Select(phase => phase with { Weeks = phase.Weeks.Where(week => week.Number != 12).ToValueList() }).ToValueList() };
        var removed = FakeRepository.ApplyTo(Reconcile(shorter, published), published);
        Assert.Equal(RemoteState.Closed, Issue(removed, TrackingKey.Week(12)).State);
        Assert.True(Reconcile(shorter, removed).IsEmpty);

        var changes = Reconcile(plan, removed);

        var update = changes.Operations.OfType<UpdateIssue>().Single(operation => operation.Issue.Target == TrackingKey.Week(12));
        Assert.True(update.Reopen);
        Assert.Contains("- [x] FR-012 accepted", update.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(PlanReconciler.RemovedMarker, update.Body, StringComparison.Ordinal);
        var back = FakeRepository.ApplyTo(changes, removed);
        Assert.Equal(RemoteState.Open, Issue(back, TrackingKey.Week(12)).State);
        Assert.True(Reconcile(plan, back).IsEmpty);
    }

    [Fact]
    public void A_phase_that_comes_back_reopens_its_milestone()
    {
        var plan = SamplePlans.FourPhases();
        var shorter = plan with { Phases = plan.Phases.Take(3).ToValueList() };
        var removed = Publish(shorter, Publish(plan));
        var milestone4 = removed.Milestones.Single(milestone => TrackingKey.Find(milestone.Description) == TrackingKey.Milestone(4));
        Assert.Equal(RemoteState.Closed, milestone4.State);

        var changes = Reconcile(plan, removed);

        Assert.True(changes.Operations.OfType<UpdateMilestone>().Single().Reopen);
        Assert.Equal(4, changes.Operations.Count(operation => operation is UpdateIssue { Reopen: true }));
        Assert.True(Reconcile(plan, FakeRepository.ApplyTo(changes, removed)).IsEmpty);
    }

    [Fact]
    public void A_week_someone_reopened_after_it_left_the_plan_is_left_alone()
    {
        var plan = SamplePlans.FourPhases();
        var shorter = plan with { Phases = plan.Phases.Take(3).ToValueList() };
        var removed = Publish(shorter, Publish(plan));
        var week12 = Issue(removed, TrackingKey.Week(12));
        removed = With(removed, week12 with { State = RemoteState.Open });

        Assert.DoesNotContain(Reconcile(shorter, removed).Operations, operation => operation.Key == "close-issue:week:12");
    }

    [Fact]
    public void Duplicate_week_numbers_in_a_hand_edited_plan_publish_once()
    {
        var plan = SamplePlans.FourPhases();
        var doubled = plan with { Phases = plan.Phases.Select(phase => phase.Number == 2 ? phase with { Weeks = phase.Weeks.Append(phase.Weeks[0] with { Title = "Copy" }).ToValueList() } : phase).ToValueList() };

        var changes = Reconcile(doubled, ActualState.Empty);

        Assert.Equal(changes.Operations.Count, ChangeSetText.Keys(changes).Distinct().Count());
        Assert.True(Reconcile(doubled, FakeRepository.ApplyTo(changes, ActualState.Empty)).IsEmpty);
    }

    [Fact]
    public void Objects_are_found_by_marker_so_renamed_issues_are_restored_and_foreign_issues_ignored()
    {
        var plan = SamplePlans.FourPhases();
        var published = Publish(plan);
        var week3 = Issue(published, TrackingKey.Week(3));
        published = With(published, week3 with { Title = "Someone renamed this" });
        published = published with
        {
            Issues = published.Issues
                .Append(new RemoteIssue(500, 9500, "Week 3: Feature 003", "A person's own issue with the same title", RemoteState.Open, ValueList<string>.Empty, null))
                .ToValueList(),
        };

        var changes = Reconcile(plan, published);

        var update = Assert.IsType<UpdateIssue>(Assert.Single(changes.Operations));
        Assert.Equal(week3.Number, update.Issue.Number);
        Assert.Equal("Week 3: Feature 003", update.Title);
    }

    [Fact]
    public void A_duplicate_left_by_an_interrupted_run_is_ignored_in_favour_of_the_oldest()
    {
        var plan = SamplePlans.FourPhases();
        var published = Publish(plan);
        var week7 = Issue(published, TrackingKey.Week(7));
        published = published with { Issues = published.Issues.Append(week7 with { Number = 900, DatabaseId = 9900 }).ToValueList() };

        Assert.True(Reconcile(plan, published).IsEmpty);
    }

    [Fact]
    public void Labels_people_added_stay_and_a_week_moved_to_another_phase_changes_label_milestone_and_parent()
    {
        var plan = SamplePlans.FourPhases();
        var published = Publish(plan);
        var week3 = Issue(published, TrackingKey.Week(3));
        published = With(published, week3 with { Labels = week3.Labels.Append("needs-design").ToValueList() });
        var moved = plan with
        {
            Phases = plan.Phases
                .Select(phase => phase.Number switch
                {
                    1 => phase with { Weeks = phase.Weeks.Take(2).ToValueList() },
                    2 => phase with { Weeks = plan.Phases[0].Weeks.Skip(2).Concat(phase.Weeks).ToValueList() },
                    _ => phase,
                })
                .ToValueList(),
        };

        var changes = Reconcile(moved, published);
        var update = changes.Operations.OfType<UpdateIssue>().Single(operation => operation.Issue.Target == TrackingKey.Week(3));

        Assert.Equal(["planbot", "needs-design", "phase-2"], update.Labels);
        Assert.Equal(TrackingKey.Milestone(2), update.Milestone!.Target);
        Assert.Contains(changes.Operations, operation => operation is AddSubIssue { ReplaceParent: true } add && add.Child.Target == TrackingKey.Week(3) && add.Parent.Target == TrackingKey.Phase(2));
        Assert.True(Reconcile(moved, FakeRepository.ApplyTo(changes, published)).IsEmpty);
    }

    [Fact]
    public void Closed_weeks_still_in_the_plan_stay_closed()
    {
        var plan = SamplePlans.FourPhases();
        var published = Publish(plan);
        var week1 = Issue(published, TrackingKey.Week(1));
        published = With(published, week1 with { State = RemoteState.Closed });

        var changes = Reconcile(plan, published);

        Assert.DoesNotContain(changes.Operations, operation => operation.Key.Contains("week:1", StringComparison.Ordinal) && operation.Key != "update-issue:tracker");
    }

    [Fact]
    public void A_phase_that_left_the_plan_has_its_milestone_and_issues_closed()
    {
        var plan = SamplePlans.FourPhases();
        var published = Publish(plan);
        var shorter = plan with { Phases = plan.Phases.Take(3).ToValueList() };

        var keys = ChangeSetText.Keys(Reconcile(shorter, published));

        Assert.Equal(
            ["close-milestone:milestone:4", "close-issue:phase:4", "close-issue:week:10", "close-issue:week:11", "close-issue:week:12", "update-issue:tracker"],
            keys);
    }

    [Fact]
    public void A_due_date_GitHub_returns_in_its_own_time_zone_is_not_an_update()
    {
        var plan = SamplePlans.FourPhases();
        var published = Publish(plan);
        var pacificDaylight = published with
        {
            Milestones = published.Milestones
                .Select(milestone => milestone with { DueOn = new DateTimeOffset(GitHubDueDate.ToDate(milestone.DueOn!.Value).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(-7)) })
                .ToValueList(),
        };

        Assert.True(Reconcile(plan, pacificDaylight).IsEmpty);
    }

    [Fact]
    public void A_moved_due_date_updates_the_milestone()
    {
        var plan = SamplePlans.FourPhases();
        var published = Publish(plan);
        var later = plan with { Phases = plan.Phases.Select(phase => phase.Number == 3 ? phase with { Due = phase.Due.AddDays(3) } : phase).ToValueList() };

        var update = Assert.Single(Reconcile(later, published).Operations.OfType<UpdateMilestone>());

        Assert.Equal(plan.Phases[2].Due.AddDays(3), update.Due);
    }

    private static int Stage(ChangeOperation operation) => operation switch
    {
        CreateLabel => 0,
        CreateMilestone or UpdateMilestone or CloseMilestone => 1,
        CreateIssue { Target.Kind: TrackingKind.Tracker } or UpdateIssue { Issue.Target.Kind: TrackingKind.Tracker } => 4,
        CreateIssue or UpdateIssue or CloseIssue => 2,
        AddSubIssue => 3,
        _ => 5,
    };

    private static PlanDocument ChangedPlan()
    {
        var plan = SamplePlans.FourPhases();
        var phases = plan.Phases.ToList();
        var phase2 = phases[1];
        phases[1] = phase2 with
        {
            Weeks = phase2.Weeks
                .Select(week => week.Number switch
                {
                    4 => week with { Title = "Ledger postings" },
                    5 => week with { AcceptanceCriteria = week.AcceptanceCriteria.Append(new Checkbox("Load test report attached", false)).ToValueList() },
                    _ => week,
                })
                .ToValueList(),
        };
        var phase4 = phases[3];
        var kept = phase4.Weeks.Take(2).ToValueList();
        phases[3] = phase4 with { Weeks = kept, Due = kept[^1].Due };
        var week13 = SamplePlans.Week(13);
        phases.Add(new PlanPhase(5, "Launch", "Go live.", week13.Start, week13.Due, new[] { week13 }, ValueList<Checkbox>.Empty));
        return plan with { Phases = phases };
    }
}
