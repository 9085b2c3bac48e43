using PlanBot.Core.Planning;

namespace PlanBot.Core.Tracking;

/// <summary>
/// Reads progress off the week issues: ticked acceptance criteria, open/closed, late weeks, and a forecast.
/// A week not published yet counts as open with the plan's own ticks, and so does one PlanBot closed when it left
/// the plan (the reconciler reopens it).
/// </summary>
public sealed class ProgressCalculator
{
    public PlanProgress Calculate(PlanDocument plan, ActualState actual, DateOnly today)
    {
        var issues = OwnedObjects.Issues(actual);
        var phases = plan.Phases
            .Select(phase => new PhaseProgress(
                phase.Number,
                phase.Name,
                phase.Due,
                phase.Weeks.Select(week => Week(phase, week, issues.GetValueOrDefault(TrackingKey.Week(week.Number)), today)).ToValueList()))
            .ToValueList();
        var plannedStart = plan.Phases.Count == 0 ? today : plan.Phases.Min(phase => phase.Start);
        var plannedEnd = plan.Phases.Count == 0 ? today : plan.Phases.Max(phase => phase.Due);
        return new PlanProgress(plan.Title, today, plannedStart, plannedEnd, phases);
    }

    internal static PlanProgress WithClosed(PlanProgress progress, IReadOnlySet<int> weeks) => progress with
    {
        Phases = progress.Phases
            .Select(phase => phase with
            {
                Weeks = phase.Weeks
                    .Select(week => weeks.Contains(week.Number) ? week with { Status = WeekStatus.Closed, Late = false } : week)
                    .ToValueList(),
            })
            .ToValueList(),
    };

    private static WeekProgress Week(PlanPhase phase, PlanWeek week, RemoteIssue? issue, DateOnly today)
    {
        var status = issue switch
        {
            null => WeekStatus.NotPublished,
            { State: RemoteState.Closed } when !PlanReconciler.WasRemoved(issue) => WeekStatus.Closed,
            _ => WeekStatus.Open,
        };
        var criteria = issue is null ? week.AcceptanceCriteria : Ticked(phase, week, issue.Body);
        return new WeekProgress(week.Number, phase.Number, week.Title, week.Due, status, criteria, status != WeekStatus.Closed && week.Due < today);
    }

    // The plan says what the criteria are, the issue which of them people ticked. Reading them off the body the
    // reconciler would write (deliverables, then criteria) makes publishing and tracking agree on every count.
    private static ValueList<Checkbox> Ticked(PlanPhase phase, PlanWeek week, string? body)
    {
        var merged = TaskList.Read(TaskList.KeepTicks(IssueBodyRenderer.WeekBody(phase, week), body));
        return week.AcceptanceCriteria
            .Select((criterion, index) => criterion with { Checked = merged.ElementAtOrDefault(week.Deliverables.Count + index)?.Checked ?? criterion.Checked })
            .ToValueList();
    }
}
