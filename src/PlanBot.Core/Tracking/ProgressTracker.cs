using System.Globalization;
using System.Text;
using PlanBot.Core.Planning;

namespace PlanBot.Core.Tracking;

/// <summary>
/// Turns the team's ticks and closes into PlanBot's reactions: close a week whose criteria are all ticked (when
/// configured), list what was left unticked when a week is closed early, close the milestone of a finished phase
/// with a summary on the tracker, and refresh the tracker body. Running it again on the result changes nothing.
/// </summary>
public sealed class ProgressTracker
{
    private const string WeekCompletedComment =
        "Every acceptance criterion of this week is ticked, so PlanBot closed it. Reopen it if work remains.";

    private readonly ProgressCalculator calculator = new();

    public TrackingUpdate Track(PlanDocument plan, ActualState actual, TrackingOptions options, DateOnly today)
    {
        var before = calculator.Calculate(plan, actual, today);
        var issues = OwnedObjects.Issues(actual);
        var milestones = OwnedObjects.Milestones(actual);
        var tracker = issues.GetValueOrDefault(TrackingKey.Tracker);
        var events = new List<TrackingEvent>();
        var operations = new List<ChangeOperation>();

        var completed = before.Weeks.Where(week => week.Status == WeekStatus.Open && week.AllTicked).ToList();
        foreach (var week in completed)
        {
            events.Add(new WeekCompleted(week.Number));
            if (options.CloseWeeksAutomatically)
            {
                operations.Add(new CloseIssue(Ref(issues, TrackingKey.Week(week.Number)), WeekCompletedComment));
            }
        }

        var after = options.CloseWeeksAutomatically
            ? ProgressCalculator.WithClosed(before, completed.Select(week => week.Number).ToHashSet())
            : before;

        // Without a tracker there is no record of what was closed before, and commenting on every closed week
        // of an old plan would be noise.
        if (TrackerRenderer.ClosedWeeks(tracker?.Body) is { } closedBefore)
        {
            foreach (var week in before.Weeks.Where(week => week.Status == WeekStatus.Closed && week.Unticked.Count > 0 && !closedBefore.Contains(week.Number)))
            {
                events.Add(new WeekClosedIncomplete(week.Number, week.Unticked));
                operations.Add(new Comment(Ref(issues, TrackingKey.Week(week.Number)), "closed-incomplete", ClosedIncompleteComment(week)));
            }
        }

        foreach (var phase in after.Phases.Where(phase => phase.AllWeeksClosed))
        {
            var milestoneKey = TrackingKey.Milestone(phase.Number);
            if (milestones.GetValueOrDefault(milestoneKey) is not { State: RemoteState.Open } milestone)
            {
                continue;
            }

            events.Add(new PhaseCompleted(phase.Number));
            operations.Add(new CloseMilestone(new ObjectRef(milestoneKey, milestone.Number)));
            if (tracker is not null)
            {
                operations.Add(new Comment(new ObjectRef(TrackingKey.Tracker, tracker.Number), $"phase-completed:{phase.Number.ToString(CultureInfo.InvariantCulture)}", PhaseSummary(phase, today)));
            }
        }

        if (tracker is not null)
        {
            var body = TrackerRenderer.Render(after);
            if (!BodyText.Same(tracker.Body, body))
            {
                operations.Add(new UpdateIssue(new ObjectRef(TrackingKey.Tracker, tracker.Number), tracker.Title, body, tracker.Labels, null));
            }
        }

        return new TrackingUpdate(after, events, new ChangeSet(operations));
    }

    private static ObjectRef Ref(Dictionary<TrackingKey, RemoteIssue> issues, TrackingKey key) => new(key, issues[key].Number);

    private static string ClosedIncompleteComment(WeekProgress week)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"This week was closed with {week.Unticked.Count} of {week.Total} acceptance criteria unticked:\n\n");
        foreach (var criterion in week.Unticked)
        {
            text.Append("- ").Append(IssueBodyRenderer.Inline(criterion)).Append('\n');
        }

        return text.Append("\nTick them if they are met, or reopen the issue if work remains.\n").ToString();
    }

    private static string PhaseSummary(PhaseProgress phase, DateOnly today)
    {
        var ticked = phase.Weeks.Sum(week => week.Ticked);
        var total = phase.Weeks.Sum(week => week.Total);
        var days = today.DayNumber - phase.Due.DayNumber;
        var timing = days switch
        {
            0 => "on its due date",
            < 0 => IssueBodyRenderer.Days(-days) + " before its due date",
            _ => IssueBodyRenderer.Days(days) + " after its due date",
        };
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"### ✅ Phase {phase.Number}: {IssueBodyRenderer.Inline(phase.Name)} is complete\n\n");
        text.Append(CultureInfo.InvariantCulture, $"All {phase.Weeks.Count} weeks are closed and {ticked} of {total} acceptance criteria are ticked. ");
        text.Append(CultureInfo.InvariantCulture, $"Finished {IssueBodyRenderer.Day(today)}, {timing} ({IssueBodyRenderer.Day(phase.Due)}).\n\n");
        foreach (var week in phase.Weeks)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Week {week.Number}: {IssueBodyRenderer.Inline(week.Title)} — {week.Ticked}/{week.Total} criteria\n");
        }

        return text.ToString();
    }
}
