namespace PlanBot.Core.Tracking;

/// <summary>
/// Progress of the whole plan on <see cref="Today"/>. <see cref="Forecast"/> is the end date at the pace so far
/// (null before the first week is closed, and once all are).
/// </summary>
public sealed record PlanProgress(string Title, DateOnly Today, DateOnly PlannedEnd, ValueList<PhaseProgress> Phases, DateOnly? Forecast)
{
    public IEnumerable<WeekProgress> Weeks => Phases.SelectMany(phase => phase.Weeks);

    public int TotalWeeks => Weeks.Count();

    public int ClosedWeeks => Weeks.Count(week => week.Status == WeekStatus.Closed);

    public int Percent => Percentage.Of(Weeks.Sum(week => week.DoneUnits), Weeks.Sum(week => week.Units));

    public ValueList<WeekProgress> LateWeeks => Weeks.Where(week => week.Late).ToValueList();
}
