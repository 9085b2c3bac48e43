using PlanBot.Core.Planning.Inputs;
using PlanBot.Core.Scoping;
using PlanBot.Core.Scoping.Answers;

namespace PlanBot.Core.Planning.Scheduling;

/// <summary>
/// The calendar: week 1 starts on <see cref="Start"/> (always a Monday: a start date in mid-week moves to the next
/// Monday), every week runs Monday to Friday. <see cref="Deadline"/> is the answer to <c>timeline.deadline</c> (a
/// date, or a duration counted from the start), or null.
/// </summary>
internal sealed record Timeline(DateOnly Start, DateOnly? Deadline, DateOnly? RequestedStart)
{
    private const int WorkDays = 4;

    private static readonly DateOnly Latest = new(9990, 1, 1);

    public static Timeline From(PlanAnswers answers, DateOnly today)
    {
        var answered = answers.Get<DateValue>(QuestionIds.StartDate)?.Date ?? NextMonday(today > Latest ? Latest : today);

        // A plan needs room for its weeks on the calendar; a start in the year 9999 is a typo, not a plan.
        var requested = answered > Latest ? Latest : answered;
        var start = requested.DayOfWeek == DayOfWeek.Monday ? requested : NextMonday(requested);

        var deadline = answers.Resolve(QuestionIds.Deadline)?.Value switch
        {
            DateValue date => date.Date,
            DurationValue duration when duration.Days > 0 && start.DayNumber + duration.Days - 1 <= DateOnly.MaxValue.DayNumber => start.AddDays(duration.Days - 1),
            _ => (DateOnly?)null,
        };
        return new Timeline(start, deadline, start == requested ? null : requested);
    }

    public DateOnly WeekStart(int week) => Start.AddDays(7 * (week - 1));

    public DateOnly WeekDue(int week) => WeekStart(week).AddDays(WorkDays);

    private static DateOnly NextMonday(DateOnly day)
    {
        var days = ((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(days == 0 ? 7 : days);
    }
}
