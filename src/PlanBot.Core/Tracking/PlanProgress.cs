namespace PlanBot.Core.Tracking;

/// <summary>
/// Progress of the whole plan on <see cref="Today"/>. <see cref="Forecast"/> is the end date at the pace so far
/// (null before the first week is closed, and once all are).
/// </summary>
public sealed record PlanProgress(string Title, DateOnly Today, DateOnly PlannedStart, DateOnly PlannedEnd, ValueList<PhaseProgress> Phases)
{
    private const long MaxForecastDays = 365L * 100;

    public IEnumerable<WeekProgress> Weeks => Phases.SelectMany(phase => phase.Weeks);

    public int TotalWeeks => Weeks.Count();

    public int ClosedWeeks => Weeks.Count(week => week.Status == WeekStatus.Closed);

    public int Percent => Percentage.Of(Weeks.Sum(week => week.DoneUnits), Weeks.Sum(week => week.Units));

    public ValueList<WeekProgress> LateWeeks => Weeks.Where(week => week.Late).ToValueList();

    // Pace = weeks closed per day elapsed since the plan started; the remaining weeks take that long from today.
    // Integer arithmetic keeps it exact and deterministic.
    public DateOnly? Forecast
    {
        get
        {
            var closed = ClosedWeeks;
            var remaining = TotalWeeks - closed;
            if (closed == 0 || remaining == 0)
            {
                return null;
            }

            var elapsedDays = Math.Max(Today.DayNumber - PlannedStart.DayNumber, 1);
            var remainingDays = ((long)remaining * elapsedDays + closed - 1) / closed;
            return Today.AddDays((int)Math.Min(remainingDays, MaxForecastDays));
        }
    }
}
