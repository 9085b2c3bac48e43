using PlanBot.Core.Planning;
using PlanBot.Core.Rendering;
using PlanBot.Core.Tracking;
using Xunit;
using static PlanBot.Core.Tests.Tracking.Publishing;

namespace PlanBot.Core.Tests.Tracking;

public sealed class ProgressTrackerTests
{
    private static readonly PlanDocument Plan = SamplePlans.FourPhases();

    [Fact]
    public void Ticking_every_criterion_completes_the_weeks_then_the_phase()
    {
        var state = Publish(Plan);
        var tracker = new ProgressTracker();
        var events = new List<TrackingEvent>();
        var repository = new FakeRepository(state);
        foreach (var (week, items) in new[] { (1, new[] { "FR-001 accepted", "Tests for FR-001 pass" }), (2, new[] { "Alerts reach", "P99" }), (3, new[] { "FR-003 accepted", "Tests for FR-003 pass" }) })
        {
            foreach (var item in items)
            {
                var ticked = Tick(repository.State, TrackingKey.Week(week), item);
                repository = new FakeRepository(ticked);
                var update = tracker.Track(Plan, repository.State, Options, Today);
                events.AddRange(update.Events);
                repository.Apply(update.Changes);
            }
        }

        Assert.Equal([new WeekCompleted(1), new WeekCompleted(2), new WeekCompleted(3), new PhaseCompleted(1)], events);
        Assert.All(new[] { 1, 2, 3 }, week => Assert.Equal(RemoteState.Closed, Issue(repository.State, TrackingKey.Week(week)).State));
        Assert.Equal(RemoteState.Closed, repository.State.Milestones.Single(milestone => TrackingKey.Find(milestone.Description) == TrackingKey.Milestone(1)).State);
        Assert.True(tracker.Track(Plan, repository.State, Options, Today).Changes.IsEmpty, ChangeSetText.Describe(tracker.Track(Plan, repository.State, Options, Today).Changes));
        Assert.True(Reconcile(Plan, repository.State).IsEmpty, ChangeSetText.Describe(Reconcile(Plan, repository.State)));
    }

    [Fact]
    public void The_last_tick_of_a_phase_closes_week_and_milestone_in_one_change_set_with_a_summary()
    {
        var state = Publish(Plan);
        state = CloseWeek(state, 1);
        state = CloseWeek(state, 2);
        state = FakeRepository.ApplyTo(new ProgressTracker().Track(Plan, state, Options, Today).Changes, state);
        state = Tick(state, TrackingKey.Week(3), "FR-003 accepted");
        state = Tick(state, TrackingKey.Week(3), "Tests for FR-003 pass");
        var repository = new FakeRepository(state);

        var update = new ProgressTracker().Track(Plan, state, Options, new DateOnly(2027, 1, 21));
        repository.Apply(update.Changes);

        Assert.Equal([new WeekCompleted(3), new PhaseCompleted(1)], update.Events);
        Assert.Equal(
            ["close-issue:week:3", "close-milestone:milestone:1", "comment:tracker:phase-completed:1", "update-issue:tracker"],
            ChangeSetText.Keys(update.Changes));
        var summary = repository.Comments.Single(comment => comment.Body.Contains("is complete", StringComparison.Ordinal)).Body;
        Assert.Contains("Phase 1: Foundation is complete", summary, StringComparison.Ordinal);
        Assert.Contains("1 day before its due date", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_automatic_closing_a_completed_week_stays_open_and_the_phase_is_not_complete()
    {
        var options = Options with { CloseWeeksAutomatically = false };
        var state = Publish(Plan, options: options);
        state = Tick(state, TrackingKey.Week(1), "FR-001 accepted");
        state = Tick(state, TrackingKey.Week(1), "Tests for FR-001 pass");

        var update = new ProgressTracker().Track(Plan, state, options, Today);

        Assert.Equal([new WeekCompleted(1)], update.Events);
        Assert.DoesNotContain(update.Changes.Operations, operation => operation is CloseIssue);
    }

    [Fact]
    public void A_week_closed_with_unticked_criteria_gets_one_comment_listing_them()
    {
        var state = Publish(Plan);
        state = Tick(state, TrackingKey.Week(2), "P99");
        var week2 = Issue(state, TrackingKey.Week(2));
        state = With(state, week2 with { State = RemoteState.Closed });
        var repository = new FakeRepository(state);

        var update = new ProgressTracker().Track(Plan, state, Options, Today);
        repository.Apply(update.Changes);

        var closed = Assert.IsType<WeekClosedIncomplete>(Assert.Single(update.Events));
        Assert.Equal(["Alerts reach @ops-team | fixes #12 <script>"], closed.Unticked);
        var comment = Assert.Single(repository.Comments);
        Assert.Equal(week2.Number, comment.Issue);
        Assert.Contains("1 of 2 acceptance criteria unticked", comment.Body, StringComparison.Ordinal);
        Assert.Contains("- " + MarkdownText.Escape("Alerts reach @ops-team | fixes #12 <script>") + "\n", comment.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("@ops-team", comment.Body, StringComparison.Ordinal);
        Assert.True(new ProgressTracker().Track(Plan, repository.State, Options, Today).Changes.IsEmpty);
    }

    [Fact]
    public void Without_a_tracker_there_is_no_record_so_closed_weeks_get_no_comment()
    {
        var state = Publish(Plan);
        var tracker = Issue(state, TrackingKey.Tracker);
        state = state with { Issues = state.Issues.Where(issue => issue.Number != tracker.Number).ToValueList() };
        state = CloseWeek(state, 5);

        var update = new ProgressTracker().Track(Plan, state, Options, Today);

        Assert.Empty(update.Events);
        Assert.True(update.Changes.IsEmpty);
    }

    [Fact]
    public void Progress_counts_ticks_per_week_phase_and_plan()
    {
        var state = Publish(Plan);
        state = Tick(state, TrackingKey.Week(4), "FR-004 accepted");
        state = CloseWeek(state, 1);

        var progress = new ProgressCalculator().Calculate(Plan, state, new DateOnly(2027, 1, 16));

        var week4 = progress.Weeks.Single(week => week.Number == 4);
        Assert.Equal((1, 2), (week4.Ticked, week4.Total));
        Assert.Equal(0, progress.Phases[0].Percent);
        Assert.Equal(16, progress.Phases[1].Percent);
        Assert.Equal(1, progress.ClosedWeeks);
        Assert.Equal(4, progress.Percent);
        Assert.Equal([2], progress.LateWeeks.Select(week => week.Number));
    }

    [Fact]
    public void Forecast_follows_the_pace_so_far()
    {
        var state = Publish(Plan);
        state = CloseWeek(state, 1);
        state = CloseWeek(state, 2);
        var calculator = new ProgressCalculator();

        // 2 weeks closed in 28 days: 10 remaining weeks take 140 days.
        Assert.Equal(new DateOnly(2027, 2, 1).AddDays(140), calculator.Calculate(Plan, state, new DateOnly(2027, 2, 1)).Forecast);
        Assert.Null(calculator.Calculate(Plan, Publish(Plan), new DateOnly(2027, 2, 1)).Forecast);
    }

    private static ActualState CloseWeek(ActualState state, int week)
    {
        var issue = Issue(state, TrackingKey.Week(week));
        return With(state, issue with { State = RemoteState.Closed });
    }
}
